using BenchmarkDotNet.Configs;

namespace RoleScope.Benchmarks.Reporting;

/// <summary>The defaults plus the per-posting and MB/s columns; the job (e.g. <c>--job short</c>) comes from the command line.</summary>
internal sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        AddColumn(CorpusRateColumn.All);
    }
}
