using RoleScope.Fetch.Http;

namespace RoleScope.Fetch.Connectors;

/// <summary>
/// One public source of postings. The runner asks it for the candidates the source lists now, keeps the ones its state
/// has not seen (or has seen at another version), and asks it to turn each of those into postings.
/// </summary>
public interface IFetchConnector
{
    /// <summary>The posting source written into every posting ("hn", "greenhouse", ...): with the id, its identity.</summary>
    string Source { get; }

    /// <summary>What this fetch is of, for the state file and messages ("greenhouse:acme", "hn:2026-06").</summary>
    string Key { get; }

    /// <summary>
    /// True when a candidate's id is the id of the one posting it yields (boards, HN), so a posting already in the output
    /// need not be fetched again; false when a candidate is a page that may hold several postings.
    /// </summary>
    bool CandidateIsPosting { get; }

    /// <summary>Lists what the source offers now. A failure here ends the run: there is nothing to go on with.</summary>
    Task<IReadOnlyList<FetchCandidate>> ListAsync(FetchHttp http, CancellationToken cancellationToken);

    /// <summary>Fetches (if needed) and maps one candidate. Throws <see cref="FetchException"/> or <see cref="Mapping.MalformedItemException"/> on failure.</summary>
    Task<ItemOutcome> FetchAsync(FetchHttp http, FetchCandidate candidate, CancellationToken cancellationToken);
}
