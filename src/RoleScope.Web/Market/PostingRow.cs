using RoleScope.Core.Domain;

namespace RoleScope.Web.Market;

/// <summary>What the job board lists of one posting; the full extraction is read from the store when a posting is opened.</summary>
internal sealed record PostingRow(
    string Source,
    string SourceId,
    string? Title,
    string? Company,
    RoleFamily Family,
    Seniority Seniority,
    WorkMode WorkMode,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Skills,
    double? SalaryUsd,
    DateOnly? PostedAt)
{
    /// <summary>The posting's id in URLs: source and source id, joined by a colon (sources never hold one).</summary>
    public string Id => PostingIds.Format(Source, SourceId);
}

/// <summary>Posting ids in URLs: "source:sourceId".</summary>
internal static class PostingIds
{
    public static string Format(string source, string sourceId) => source + ":" + sourceId;

    public static bool TryParse(string? id, out string source, out string sourceId)
    {
        var colon = id?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        source = colon > 0 ? id![..colon] : "";
        sourceId = colon > 0 ? id![(colon + 1)..] : "";
        return colon > 0 && sourceId.Length > 0;
    }
}
