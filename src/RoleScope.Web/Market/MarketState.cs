using Microsoft.Extensions.Options;
using RoleScope.Storage;
using RoleScope.Web.Store;

namespace RoleScope.Web.Market;

/// <summary>
/// The current <see cref="MarketSnapshot"/>: built when the app starts, rebuilt in the background when the store's change
/// version moves (postings ingested by this app or by any other process), and swapped in whole so that a request always
/// sees one consistent snapshot.
/// </summary>
internal sealed class MarketState : BackgroundService
{
    private readonly WebOptions _options;
    private readonly ILogger<MarketState> _log;
    private readonly Lock _rebuild = new();
    private volatile MarketSnapshot _current;

    public MarketState(IOptions<WebOptions> options, ILogger<MarketState> log)
    {
        _options = options.Value;
        _log = log;
        using var store = PostingStores.Open(_options.Db);
        _current = Load(store, store.ChangeVersion());
    }

    public MarketSnapshot Current => _current;

    /// <summary>Rebuilds now if the store moved (POST /api/ingest calls this so its caller sees what it added).</summary>
    public void RefreshIfChanged()
    {
        using var store = PostingStores.Open(_options.Db);
        var version = store.ChangeVersion();
        if (version != _current.Version)
        {
            lock (_rebuild)
            {
                if (version != _current.Version)
                {
                    _current = Load(store, version);
                }
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        using var store = PostingStores.Open(_options.Db);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var seen = _current.Version;
                var version = await Task.Run(() => store.WaitForChange(seen, _options.RefreshWait, stoppingToken), stoppingToken);
                if (version != seen)
                {
                    RefreshIfChanged();
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e)
            {
                // A store that is briefly unreachable must not stop the refresher: the current snapshot keeps serving.
                _log.LogWarning(e, "Could not refresh the market snapshot from {Db}", PostingStores.Describe(_options.Db));
                await Task.Delay(_options.RefreshWait, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private MarketSnapshot Load(IPostingStore store, long version)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var snapshot = MarketSnapshot.Build(version, store.ReadAll(), (int)Math.Min(store.Count(), int.MaxValue));
        _log.LogInformation("Indexed {Postings} postings (store version {Version}) in {Ms} ms", snapshot.Rows.Length, version, started.ElapsedMilliseconds);
        return snapshot;
    }
}
