using System.Diagnostics;
using System.Globalization;
using RoleScope.Core.Analytics;
using RoleScope.Core.Analytics.Index;
using RoleScope.Core.Domain;
using RoleScope.Core.Knowledge;

namespace RoleScope.Benchmarks.Analytics;

/// <summary>
/// <c>--analytics [COUNT]</c>: builds the market index over COUNT synthetic extracted postings (default 1,000,000), prints build
/// time and bytes per posting, times a full comparison and a profile with three filters, then loads the same rows into DuckDB,
/// runs the comparison's counts and medians in SQL, checks both engines agree and prints both times side by side.
/// </summary>
internal static class AnalyticsCommand
{
    public const string Name = "--analytics";
    private const int Seed = 20260601;
    private const int Runs = 5;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var taxonomy = KnowledgeBase.Default.Skills;
        var rows = new MarketRows(taxonomy, Seed);
        output.WriteLine($"Analytics benchmark: {count:N0} synthetic postings, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}");

        var clock = Stopwatch.StartNew();
        var materialised = rows.Generate(count).ToList();
        output.WriteLine($"generate rows: {clock.Elapsed.TotalSeconds:0.0} s; skills per posting {materialised.Average(p => p.Posting.Skills.Count):0.0}");

        GC.Collect();
        clock.Restart();
        var index = MarketIndex.Build(materialised, count);
        var build = clock.Elapsed;
        output.WriteLine($"index build: {build.TotalSeconds:0.00} s; {index.Bytes / (double)count:0.0} bytes per posting ({index.Bytes / 1e6:0.0} MB, {index.SkillNames.Count} skills with postings)");

        var options = new AnalysisOptions();
        FamilyComparison? comparison = null;
        var compare = Time(() => comparison = new MarketAnalyzer(index, taxonomy, options).Compare(RoleFamily.Backend, RoleFamily.Fullstack));
        output.WriteLine($"full comparison (both profiles, overlap, premiums for the top {options.TopK} skills with n >= {options.MinN}, intervals): median {compare:0.0} ms of {Runs}");
        if (Environment.GetEnvironmentVariable("ROLESCOPE_BENCH_DETAIL") == "1")
        {
            output.WriteLine($"  profile only: {Time(() => new MarketAnalyzer(index, taxonomy, options).Profile(RoleFamily.Backend)):0.0} ms");
            output.WriteLine($"  comparison with 10 resamples: {Time(() => new MarketAnalyzer(index, taxonomy, options with { Resamples = 10 }).Compare(RoleFamily.Backend, RoleFamily.Fullstack)):0.0} ms");
            output.WriteLine($"  comparison with min_n 100000 (no premiums): {Time(() => new MarketAnalyzer(index, taxonomy, options with { MinN = 100000 }).Compare(RoleFamily.Backend, RoleFamily.Fullstack)):0.0} ms");
        }
        var slice = new MarketSlice
        {
            Countries = new HashSet<string> { "US" },
            WorkModes = new HashSet<WorkMode> { WorkMode.Remote },
            From = new DateOnly(2026, 1, 1),
        };
        FamilyProfile? filtered = null;
        var profile = Time(() => filtered = new MarketAnalyzer(index, taxonomy, options, slice).Profile(RoleFamily.Backend));
        output.WriteLine($"filtered profile (US, remote, since 2026-01-01; n={filtered!.Postings:N0}): median {profile:0.0} ms of {Runs}");

        clock.Restart();
        var appendRows = new MarketRows(taxonomy, Seed + 1).Generate(10_000).ToList();
        var appendIndex = MarketIndex.Build(materialised.Take(count / 2), count);
        appendIndex.Append(materialised.Skip(count / 2));
        clock.Restart();
        appendIndex.Append(appendRows);
        output.WriteLine($"append 10,000 postings to the index: {clock.Elapsed.TotalMilliseconds:0} ms (no rebuild)");

        using var duck = new DuckDbComparison();
        clock.Restart();
        duck.Load(materialised);
        output.WriteLine($"DuckDB load (appender): {clock.Elapsed.TotalSeconds:0.0} s");
        SqlComparison? sql = null;
        var duckTime = Time(() => sql = duck.Compare(RoleFamily.Backend, RoleFamily.Fullstack, options.TopK, options.MinN));
        output.WriteLine($"DuckDB comparison (counts, medians, top skills, top-skill medians; no intervals): median {duckTime:0.0} ms of {Runs}");
        output.WriteLine($"side by side: index {compare:0.0} ms vs DuckDB {duckTime:0.0} ms");

        var mismatches = Check(comparison!, sql!, options);
        foreach (var m in mismatches.Take(20))
        {
            error.WriteLine("MISMATCH " + m);
        }
        output.WriteLine(mismatches.Count == 0 ? "agreement: counts and medians identical" : $"agreement: {mismatches.Count} mismatches");
        return mismatches.Count == 0 ? 0 : 1;
    }

    private static List<string> Check(FamilyComparison c, SqlComparison sql, AnalysisOptions options)
    {
        var problems = new List<string>();
        foreach (var p in new[] { c.A, c.B })
        {
            var name = p.Family.Name();
            var count = sql.Counts.Single(x => x.Family == name).Postings;
            if (count != p.Postings)
            {
                problems.Add($"{name} postings {p.Postings} vs {count}");
            }
            var median = sql.Medians.Single(x => x.Family == name);
            if (median.N != p.Salary.N || median.Median != p.Salary.Median!.Value.Value)
            {
                problems.Add($"{name} median {p.Salary.Median!.Value.Value} (n={p.Salary.N}) vs {median.Median} (n={median.N})");
            }
            var top = sql.TopSkills.Where(x => x.Family == name).Select(x => $"{x.Skill}:{x.N}").ToList();
            var ours = p.TopSkills.Select(s => $"{s.Skill}:{s.Share.Count}").ToList();
            if (!top.SequenceEqual(ours))
            {
                problems.Add($"{name} top skills differ: {string.Join(",", ours.Take(5))} vs {string.Join(",", top.Take(5))}");
            }
            var premiums = sql.Premiums.Where(x => x.Family == name).ToDictionary(x => x.Skill, StringComparer.Ordinal);
            if (premiums.Count != p.Premiums.Count)
            {
                problems.Add($"{name} premiums: {p.Premiums.Count} skills vs {premiums.Count}");
            }
            foreach (var premium in p.Premiums)
            {
                if (!premiums.TryGetValue(premium.Skill, out var row) || row.N != premium.N || row.Median != premium.Median.Value)
                {
                    problems.Add($"{name} {premium.Skill}: median {premium.Median.Value} (n={premium.N}) vs {row.Median} (n={row.N})");
                }
            }
        }
        _ = options;
        return problems;
    }

    /// <summary>Median wall time in ms of <see cref="Runs"/> runs after one warm-up run.</summary>
    private static double Time(Action action)
    {
        action();
        var times = new double[Runs];
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return times[Runs / 2];
    }
}
