using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using RoleScope.Benchmarks.Corpus;

namespace RoleScope.Benchmarks.Reporting;

/// <summary>
/// A summary column that turns the median time and the allocation of one pass over a corpus into per-posting and per-byte figures
/// (µs/posting, MB/s, postings/s, KB allocated/posting), so the table reads against the 50 MB/s bar directly.
/// </summary>
internal sealed class CorpusRateColumn : IColumn
{
    private readonly Func<Measurement, double?> _value;
    private readonly string _format;

    private CorpusRateColumn(string name, string legend, string format, Func<Measurement, double?> value)
    {
        ColumnName = name;
        Legend = legend;
        _format = format;
        _value = value;
    }

    public static IColumn[] All { get; } =
    [
        new CorpusRateColumn("µs/posting", "Median time per posting of the corpus", "N1", m => m.MedianSeconds / m.Corpus.Postings.Count * 1e6),
        new CorpusRateColumn("MB/s", "Posting text (UTF-8 bytes of title, location, description; 10^6 B) per second, one thread", "N1", m => m.Corpus.TextBytes / m.MedianSeconds / 1e6),
        new CorpusRateColumn("Postings/s", "Postings per second, one thread", "N0", m => m.Corpus.Postings.Count / m.MedianSeconds),
        new CorpusRateColumn("KB alloc/posting", "Managed bytes allocated per posting, in KB (1 KB = 1024 B)", "N1", m => m.AllocatedBytes / (double?)m.Corpus.Postings.Count / 1024),
    ];

    public string Id => nameof(CorpusRateColumn) + "." + ColumnName;

    public string ColumnName { get; }

    public string Legend { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics || benchmarkCase.Parameters[nameof(ExtractionBenchmarks.Corpus)] is not string corpus)
        {
            return "NA";
        }
        var measurement = new Measurement(Corpora.Get(corpus), statistics.Median / 1e9, report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase));
        return _value(measurement) is { } value ? value.ToString(_format, CultureInfo.InvariantCulture) : "NA";
    }

    public override string ToString() => ColumnName;

    /// <summary>
    /// One pass over <see cref="Corpus"/>: its median time (other processes on a shared machine inflate a few iterations,
    /// which moves the mean far more than the median) and the bytes it allocated, when measured.
    /// </summary>
    private sealed record Measurement(PostingCorpus Corpus, double MedianSeconds, long? AllocatedBytes);
}
