using RoleScope.Cli.Rendering;
using RoleScope.Core.Analytics;
using RoleScope.Core.Extraction;
using RoleScope.Storage;

namespace RoleScope.Cli.Commands;

/// <summary>Opens the store for profile and compare: a missing or empty database is a clear error, never an empty report.</summary>
internal static class AnalysisSource
{
    public static MarketAnalyzer Open(string dbPath, AnalysisOptions options, MarketSlice slice)
    {
        if (!PostingStores.IsServer(dbPath) && !File.Exists(dbPath))
        {
            throw new CliException($"no database at {dbPath}. Run 'rolescope ingest FILE...' or 'rolescope demo' first, or pass --db PATH.");
        }
        using var store = StoreOption.Open(dbPath);
        if (store.Count() == 0)
        {
            throw new CliException($"{PostingStores.Describe(dbPath)} holds no postings yet. Run 'rolescope ingest FILE...' first.");
        }
        var analyzer = new MarketAnalyzer(store.ReadAll(), ExtractionPipeline.Default.Knowledge.Skills, options, slice);
        if (analyzer.SlicePostings == 0)
        {
            throw new CliException($"no postings in {PostingStores.Describe(dbPath)} match the slice ({slice.Describe()}).");
        }
        return analyzer;
    }

    public static Provenance Provenance(string dbPath, MarketAnalyzer analyzer, string? notice = null) =>
        new(PostingStores.Describe(dbPath), $"{analyzer.SlicePostings:N0} postings ({analyzer.Slice.Describe()})", ExtractionPipeline.Default.Knowledge.Rates.Date, ExtractionPipeline.Version, notice);
}
