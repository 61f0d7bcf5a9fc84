using System.Globalization;
using RoleScope.Core.Domain;
using RoleScope.Fetch.Connectors;
using RoleScope.Fetch.Http;
using RoleScope.Fetch.Mapping;

namespace RoleScope.Fetch.SchemaOrg;

/// <summary>
/// schema.org JobPosting JSON-LD in HTML pages (by URL) or in local files (HTML or bare JSON-LD). Each input is a
/// candidate; a page already read is not fetched again, and a posting already written is not written twice.
/// </summary>
public sealed class SchemaOrgConnector : IFetchConnector
{
    private readonly IReadOnlyList<string> _inputs;
    private readonly Uri? _baseUri;

    /// <param name="inputs">URLs (absolute, or relative to <paramref name="baseUri"/>) and file paths.</param>
    public SchemaOrgConnector(IReadOnlyList<string> inputs, Uri? baseUri)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        _inputs = inputs;
        _baseUri = baseUri;
    }

    public string Source => "schemaorg";

    /// <summary>One state for every schema.org fetch into the same output: pages are identified by their URL or full path.</summary>
    public string Key => "schemaorg";

    public bool CandidateIsPosting => false;

    public Task<IReadOnlyList<FetchCandidate>> ListAsync(FetchHttp http, CancellationToken cancellationToken)
    {
        var candidates = _inputs.Select(Resolve).Distinct(StringComparer.Ordinal).Select(input => new FetchCandidate(input, null)).ToList();
        return Task.FromResult<IReadOnlyList<FetchCandidate>>(candidates);
    }

    public async Task<ItemOutcome> FetchAsync(FetchHttp http, FetchCandidate candidate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(candidate);
        var isUrl = Uri.TryCreate(candidate.Id, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
        string content;
        if (isUrl)
        {
            content = await http.GetTextAsync(uri!, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            try
            {
                content = await File.ReadAllTextAsync(candidate.Id, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new FetchException($"cannot read {candidate.Id}: {e.Message}", e);
            }
        }
        return ItemOutcome.Of(Postings(content, candidate.Id, isUrl ? candidate.Id : null));
    }

    /// <summary>Every JobPosting of a page; a page with none (or only broken JSON-LD) is an error worth reporting.</summary>
    internal static List<RawPosting> Postings(string content, string input, string? pageUrl)
    {
        var (blocks, errors) = JsonLdScripts.Read(content);
        try
        {
            var nodes = blocks.SelectMany(b => JobPostingNodes.Find(b.RootElement)).ToList();
            if (nodes.Count == 0)
            {
                throw new MalformedItemException(errors.Count > 0 ? string.Join("; ", errors) : "no schema.org JobPosting in its JSON-LD");
            }
            var postings = new List<RawPosting>(nodes.Count);
            for (var i = 0; i < nodes.Count; i++)
            {
                var id = PostingId(nodes[i], input, nodes.Count == 1 ? null : i + 1);
                postings.Add(JobPostingMapper.Map(nodes[i], id, pageUrl));
            }
            return postings;
        }
        finally
        {
            foreach (var block in blocks)
            {
                block.Dispose();
            }
        }
    }

    /// <summary>The posting's url; else its identifier within the page; else the page itself (with the posting's place when there are several).</summary>
    private static string PostingId(System.Text.Json.JsonElement node, string input, int? place) =>
        JsonValues.String(node, "url")
        ?? (JobPostingMapper.Identifier(node) is { } identifier ? input + "#" + identifier
            : place is { } n ? string.Create(CultureInfo.InvariantCulture, $"{input}#{n}") : input);

    private string Resolve(string input)
    {
        if (Uri.TryCreate(input, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            return absolute.AbsoluteUri;
        }
        if (File.Exists(input) || _baseUri is null)
        {
            return Path.GetFullPath(input);
        }
        return SourceUri.Combine(_baseUri, input).AbsoluteUri;
    }
}
