using System.Globalization;
using System.Text.Json;
using RoleScope.Fetch.Connectors;
using RoleScope.Fetch.Http;
using RoleScope.Fetch.Mapping;

namespace RoleScope.Fetch.Greenhouse;

/// <summary>
/// A Greenhouse job board through the public Job Board API: <c>GET /v1/boards/{board}/jobs?content=true</c> lists every
/// open job with its <c>updated_at</c>; each new or changed job is then read from <c>/v1/boards/{board}/jobs/{id}?pay_transparency=true</c>,
/// the documented place of its structured pay ranges (<c>pay_input_ranges</c>).
/// </summary>
public sealed class GreenhouseConnector(Uri baseUri, string board) : IFetchConnector
{
    public const string DefaultBaseUrl = "https://boards-api.greenhouse.io";

    public string Source => "greenhouse";

    public string Key => "greenhouse:" + board;

    public bool CandidateIsPosting => true;

    public async Task<IReadOnlyList<FetchCandidate>> ListAsync(FetchHttp http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var uri = SourceUri.Combine(baseUri, $"v1/boards/{SourceUri.Segment(board)}/jobs?content=true");
        using var document = await http.GetJsonAsync(uri, cancellationToken).ConfigureAwait(false);
        return Candidates(JsonValues.RequiredArray(document.RootElement, "jobs"));
    }

    public async Task<ItemOutcome> FetchAsync(FetchHttp http, FetchCandidate candidate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(candidate);
        var listed = candidate.Listed ?? throw new MalformedItemException("the listing gave no job");
        var id = JsonValues.RequiredId(listed, "id");
        var uri = SourceUri.Combine(baseUri, $"v1/boards/{SourceUri.Segment(board)}/jobs/{SourceUri.Segment(id)}?pay_transparency=true");
        using var document = await http.GetJsonAsync(uri, cancellationToken).ConfigureAwait(false);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new MalformedItemException($"job {id} is not a JSON object");
        }
        return ItemOutcome.Of(GreenhouseJobMapper.Map(document.RootElement, listed, board));
    }

    /// <summary>A job without an id still becomes a candidate, so that it is reported as failed rather than lost.</summary>
    internal static List<FetchCandidate> Candidates(JsonElement.ArrayEnumerator jobs)
    {
        var candidates = new List<FetchCandidate>();
        var index = 0;
        foreach (var job in jobs)
        {
            index++;
            var id = job.ValueKind == JsonValueKind.Object && JsonValues.Property(job, "id") is { } value
                ? value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.ValueKind == JsonValueKind.String ? value.GetString() : null
                : null;
            candidates.Add(new FetchCandidate(
                string.IsNullOrWhiteSpace(id) ? string.Create(CultureInfo.InvariantCulture, $"(job #{index} of the listing)") : id.Trim(),
                JsonValues.String(job, "updated_at"),
                job.Clone()));
        }
        return candidates;
    }
}
