using System.Globalization;
using System.Text.Json;
using RoleScope.Fetch.Connectors;
using RoleScope.Fetch.Http;
using RoleScope.Fetch.Mapping;

namespace RoleScope.Fetch.Ashby;

/// <summary>
/// An Ashby job board through the public Posting API: <c>GET /posting-api/job-board/{board}?includeCompensation=true</c>
/// returns every published job with its compensation tiers in one response.
/// </summary>
public sealed class AshbyConnector(Uri baseUri, string board) : IFetchConnector
{
    public const string DefaultBaseUrl = "https://api.ashbyhq.com";

    public string Source => "ashby";

    public string Key => "ashby:" + board;

    public bool CandidateIsPosting => true;

    public async Task<IReadOnlyList<FetchCandidate>> ListAsync(FetchHttp http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var uri = SourceUri.Combine(baseUri, $"posting-api/job-board/{SourceUri.Segment(board)}?includeCompensation=true");
        using var document = await http.GetJsonAsync(uri, cancellationToken).ConfigureAwait(false);
        var candidates = new List<FetchCandidate>();
        var index = 0;
        foreach (var job in JsonValues.RequiredArray(document.RootElement, "jobs"))
        {
            index++;
            var id = JsonValues.String(job, "id") ?? string.Create(CultureInfo.InvariantCulture, $"(job #{index} of the listing)");
            candidates.Add(new FetchCandidate(id, JsonValues.String(job, "updatedAt") ?? JsonValues.String(job, "publishedAt"), job.Clone()));
        }
        return candidates;
    }

    public Task<ItemOutcome> FetchAsync(FetchHttp http, FetchCandidate candidate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var job = candidate.Listed ?? throw new MalformedItemException("the listing gave no job");
        // The board lists unlisted jobs only to their owner's API key; one that slips through is not public.
        if (job.ValueKind == JsonValueKind.Object && JsonValues.Property(job, "isListed") is { ValueKind: JsonValueKind.False })
        {
            return Task.FromResult(ItemOutcome.Skip("not listed"));
        }
        return Task.FromResult(ItemOutcome.Of(AshbyJobMapper.Map(job, board)));
    }
}
