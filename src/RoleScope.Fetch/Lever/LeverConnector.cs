using System.Globalization;
using System.Text.Json;
using RoleScope.Fetch.Connectors;
using RoleScope.Fetch.Http;
using RoleScope.Fetch.Mapping;

namespace RoleScope.Fetch.Lever;

/// <summary>
/// A company's published Lever postings through the public Postings API: <c>GET /v0/postings/{company}?mode=json</c>,
/// page by page with <c>skip</c> and <c>limit</c>. The listing holds whole postings, so nothing more is requested per posting.
/// </summary>
public sealed class LeverConnector(Uri baseUri, string company, int pageSize = LeverConnector.DefaultPageSize) : IFetchConnector
{
    public const string DefaultBaseUrl = "https://api.lever.co";
    public const int DefaultPageSize = 100;

    /// <summary>A bound on pages, against a server that ignores skip and repeats its first page for ever.</summary>
    public const int MaxPages = 1_000;

    public string Source => "lever";

    public string Key => "lever:" + company;

    public bool CandidateIsPosting => true;

    public async Task<IReadOnlyList<FetchCandidate>> ListAsync(FetchHttp http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var candidates = new List<FetchCandidate>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 0; page < MaxPages; page++)
        {
            var skip = page * pageSize;
            var uri = SourceUri.Combine(baseUri, string.Create(CultureInfo.InvariantCulture,
                $"v0/postings/{SourceUri.Segment(company)}?mode=json&skip={skip}&limit={pageSize}"));
            using var document = await http.GetJsonAsync(uri, cancellationToken).ConfigureAwait(false);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new FetchException($"Lever listing is not a JSON array: {uri}");
            }
            var count = 0;
            var fresh = 0;
            foreach (var posting in document.RootElement.EnumerateArray())
            {
                count++;
                var id = JsonValues.String(posting, "id") ?? string.Create(CultureInfo.InvariantCulture, $"(posting #{skip + count} of the listing)");
                if (seen.Add(id))
                {
                    fresh++;
                    candidates.Add(new FetchCandidate(id, Version(posting), posting.Clone()));
                }
            }
            if (count < pageSize || fresh == 0)
            {
                break;
            }
        }
        return candidates;
    }

    public Task<ItemOutcome> FetchAsync(FetchHttp http, FetchCandidate candidate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var listed = candidate.Listed ?? throw new MalformedItemException("the listing gave no posting");
        return Task.FromResult(ItemOutcome.Of(LeverPostingMapper.Map(listed, company)));
    }

    /// <summary>The public postings carry <c>createdAt</c> (ms) and, on some instances, <c>updatedAt</c>.</summary>
    private static string? Version(JsonElement posting) =>
        (JsonValues.Long(posting, "updatedAt") ?? JsonValues.Long(posting, "createdAt"))?.ToString(CultureInfo.InvariantCulture);
}
