using System.Globalization;
using RoleScope.Core.Analytics.Index;
using RoleScope.Core.Analytics.Statistics;
using RoleScope.Core.Domain;
using RoleScope.Core.Knowledge;

namespace RoleScope.Core.Analytics.Planning;

/// <summary>Computes a <see cref="SalaryBenchmark"/> over a market index (the web app and the CLI call this).</summary>
public static class SalaryBenchmarks
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    public static SalaryBenchmark For(MarketIndex index, SkillTaxonomy taxonomy, SalaryBenchmarkRequest request, AnalysisOptions? options = null, MarketSlice? slice = null)
    {
        options = (options ?? new AnalysisOptions()) with { SalaryCountry = request.Country };
        slice ??= MarketSlice.All;
        slice = slice with
        {
            Seniorities = request.Band is { } band ? LevelsOf(band) : slice.Seniorities,
            Skills = request.Skills.Count == 0 ? slice.Skills : request.Skills.ToHashSet(StringComparer.Ordinal),
        };
        var analyzer = new MarketAnalyzer(index, taxonomy, options, slice);
        var stats = analyzer.Stats(request.Family);
        var inCountry = index.Country(request.Country) is { } c ? PostingBits.CountAnd(stats.Members, c) : 0;
        var salary = SalaryFigure.OfSorted(stats.Sorted, options.MinN);
        var window = analyzer.WindowOf(stats.Salaried);

        Estimate? rank = null;
        double? ask = null;
        if (request.Offer is { } offer && salary.Median is not null)
        {
            var below = 0;
            var ties = 0;
            foreach (var v in stats.Sorted)
            {
                if (v < offer)
                {
                    below++;
                }
                else if (v == offer)
                {
                    ties++;
                }
            }
            var n = stats.Sorted.Length;
            var wilson = Intervals.Wilson(below + ties / 2, n);
            rank = new Estimate((below + ties / 2.0) / n, wilson.Low, wilson.High);
            ask = Math.Max(offer, Math.Ceiling(salary.P75!.Value / 1000) * 1000);
        }
        var benchmark = new SalaryBenchmark
        {
            Request = request,
            Postings = inCountry,
            Salary = salary,
            MinN = options.MinN,
            Window = window,
            OfferRank = rank,
            Ask = ask,
            Email = "",
        };
        return benchmark with { Email = NegotiationEmail.Draft(benchmark) };
    }

    public static IReadOnlySet<Seniority> LevelsOf(SeniorityBand band) => band switch
    {
        SeniorityBand.Early => new HashSet<Seniority> { Seniority.Intern, Seniority.Entry },
        SeniorityBand.Mid => new HashSet<Seniority> { Seniority.Mid },
        SeniorityBand.Senior => new HashSet<Seniority> { Seniority.Senior, Seniority.Staff, Seniority.Principal },
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, "A benchmark band is early, mid or senior."),
    };

    /// <summary>"backend", "senior backend", "senior backend (Kafka, Go)": how the email and the CLI name the role.</summary>
    public static string RoleName(SalaryBenchmarkRequest r) =>
        string.Format(En, "{0}{1}{2}", r.Band is { } b ? b.ToString().ToLowerInvariant() + "-level " : "", r.Family.DisplayName(),
            r.Skills.Count == 0 ? "" : " (" + string.Join(", ", r.Skills) + ")");
}
