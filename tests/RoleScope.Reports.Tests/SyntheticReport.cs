using RoleScope.Core.Analytics;
using RoleScope.Core.Analytics.Planning;
using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;
using RoleScope.Synthetic;

namespace RoleScope.Reports.Tests;

/// <summary>A fixed synthetic corpus (seed 7, 3,000 postings) extracted by the real pipeline, and the report input built from it.</summary>
internal static class SyntheticReport
{
    private static readonly Lazy<MarketAnalyzer> Analyzer = new(() =>
    {
        var postings = SyntheticPostings.Generate(3000, seed: 7)
            .Select(raw => new MarketPosting(raw.Source, raw.PostedAt, ExtractionPipeline.Default.Extract(raw)))
            .ToList();
        return new MarketAnalyzer(postings, ExtractionPipeline.Default.Knowledge.Skills);
    });

    public static ReportInput Input()
    {
        var analyzer = Analyzer.Value;
        return new ReportInput(analyzer.Compare(RoleFamily.Backend, RoleFamily.Fullstack), RoleChoices.Default.View(analyzer, RoleFamily.Backend, RoleFamily.Fullstack), new Methodology
        {
            Slice = analyzer.Slice.Describe(),
            SlicePostings = analyzer.SlicePostings,
            Window = analyzer.Window(),
            Sources = analyzer.Sources(),
            ExchangeRatesDate = ExtractionPipeline.Default.Knowledge.Rates.Date,
            ExtractorVersion = ExtractionPipeline.Version,
            ExtractionAccuracy = ["not measured in this test (fixed text, so that the snapshot does not move with the golden file)."],
            Resamples = analyzer.Options.Resamples,
            Seed = analyzer.Options.Seed,
            MinN = analyzer.Options.MinN,
            Notice = SyntheticPostings.Notice,
        });
    }
}
