using System.Text.Json;

namespace RoleScope.Fetch.Connectors;

/// <summary>
/// One thing a source lists: its id, its version stamp (updated_at; null when the source has none), and what the
/// listing already said about it (boards list whole postings; HN lists only ids).
/// </summary>
public sealed record FetchCandidate(string Id, string? Version, JsonElement? Listed = null);
