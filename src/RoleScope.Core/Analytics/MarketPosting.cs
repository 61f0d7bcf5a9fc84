using RoleScope.Core.Domain;

namespace RoleScope.Core.Analytics;

/// <summary>One stored posting as analytics sees it: its extraction plus where and when it came from.</summary>
public sealed record MarketPosting(string Source, DateOnly? PostedAt, ExtractedPosting Posting);
