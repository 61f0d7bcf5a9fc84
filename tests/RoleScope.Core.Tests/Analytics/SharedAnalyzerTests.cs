using RoleScope.Core.Analytics;
using RoleScope.Core.Analytics.Statistics;
using RoleScope.Core.Domain;
using static RoleScope.Core.Tests.Analytics.MarketPostings;

namespace RoleScope.Core.Tests.Analytics;

/// <summary>One analyzer shared by threads (the report tests share one) computes each family once and gives every caller the same figures.</summary>
public sealed class SharedAnalyzerTests
{
    [Fact]
    public void Threads_profiling_on_one_analyzer_get_the_same_figures()
    {
        var families = Enum.GetValues<RoleFamily>();
        var postings = families
            .SelectMany((f, i) => Repeat(30, () => UsSalaried(f, 100_000 + (5_000 * i), Seniority.Senior, ["Go", "PostgreSQL", "React"])))
            .ToList();
        // Few resamples: cheap profiles, so that the threads meet in the caches more often.
        var options = MinN(10) with { Resamples = 20 };
        var reference = Analyzer(postings, options);
        var expected = families.Select(f => reference.Profile(f).Salary).ToList();
        const int threads = 4;

        for (var round = 0; round < 300; round++)
        {
            var shared = Analyzer(postings, options);
            using var start = new Barrier(threads);
            var salaries = new List<SalaryFigure>?[threads];
            var failures = new Exception?[threads];
            var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
            {
                // All threads start together and fill the caches family by family, in the same order, so that they collide.
                start.SignalAndWait();
                try
                {
                    salaries[t] = [.. families.Select(f => shared.Profile(f).Salary)];
                }
                catch (Exception e)
                {
                    failures[t] = e; // an exception on a thread of its own would end the test run
                }
            })).ToList();
            workers.ForEach(w => w.Start());
            workers.ForEach(w => w.Join());

            Assert.All(failures, Assert.Null);
            Assert.All(salaries, s => Assert.Equal(expected, s));
        }
    }
}
