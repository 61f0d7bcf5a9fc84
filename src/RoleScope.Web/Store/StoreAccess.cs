using RoleScope.Core.Domain;
using RoleScope.Storage;

namespace RoleScope.Web.Store;

/// <summary>
/// The store as requests use it (full-text search, one posting's extraction). A store is not thread-safe, so calls take
/// turns on one open store; they are short indexed queries, and listing and facets never come here (see MarketSnapshot).
/// </summary>
internal sealed class StoreAccess(string db) : IDisposable
{
    private readonly IPostingStore _store = PostingStores.Open(db);
    private readonly Lock _gate = new();

    public string Db { get; } = db;

    public IReadOnlyList<PostingKey> Search(string query, int limit)
    {
        lock (_gate)
        {
            return _store.Search(query, limit);
        }
    }

    public ExtractedPosting? Find(string source, string sourceId)
    {
        lock (_gate)
        {
            return _store.Find(source, sourceId);
        }
    }

    public void Dispose() => _store.Dispose();
}
