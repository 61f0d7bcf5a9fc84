using RoleScope.Core.Analytics;
using RoleScope.Core.Analytics.Planning;
using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;
using RoleScope.Web.Market;

namespace RoleScope.Web.Api;

/// <summary>The analytics over the current snapshot: a family's profile, two families compared, a salary check, a career move.</summary>
internal static class AnalyticsApi
{
    public static void MapAnalyticsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Analytics");
        group.MapGet("/families/{family}/profile", Profile)
            .WithSummary("A family's profile (metrics.md) over a slice: since, until, country, workMode, seniority, skill")
            .Produces<FamilyProfile>().ProducesValidationProblem();
        group.MapGet("/compare", Compare)
            .WithSummary("Two families side by side over a slice, with key findings")
            .Produces<FamilyComparison>().ProducesValidationProblem();
        group.MapGet("/salary/benchmark", Benchmark)
            .WithSummary("Percentiles for a role, band and country, the offer's percentile rank, n, window and a drafted negotiation email")
            .Produces<SalaryBenchmark>().ProducesValidationProblem();
        group.MapGet("/plan", Plan)
            .WithSummary("A transition plan from a family (from) or a comma-separated list of skills (skills) to a target family (to)")
            .Produces<TransitionPlan>().ProducesValidationProblem();
    }

    private static IResult Profile(string family, HttpContext http, MarketState market,
        string? since = null, string? until = null, string? country = null, string? workMode = null, string? seniority = null, string? skill = null)
    {
        var errors = new QueryErrors();
        var f = QueryValues.Family(family, "family", errors, required: true);
        var slice = Slices.Parse(http.Request.Query, errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }
        return TypedResults.Ok(Analyzer(market.Current, slice).Profile(f!.Value));
    }

    private static IResult Compare(HttpContext http, MarketState market, string? a = null, string? b = null,
        string? since = null, string? until = null, string? country = null, string? workMode = null, string? seniority = null, string? skill = null)
    {
        var errors = new QueryErrors();
        var fa = QueryValues.Family(a, "a", errors, required: true);
        var fb = QueryValues.Family(b, "b", errors, required: true);
        var slice = Slices.Parse(http.Request.Query, errors);
        if (fa is not null && fa == fb)
        {
            errors.Add("b", "names the same family as 'a'; pick two different families.");
        }
        if (errors.Any)
        {
            return errors.ToResult();
        }
        return TypedResults.Ok(Analyzer(market.Current, slice).Compare(fa!.Value, fb!.Value));
    }

    private static IResult Benchmark(MarketState market, string? family = null, string? band = null, string? country = null, string? offer = null, string? skills = null)
    {
        var errors = new QueryErrors();
        var request = BenchmarkRequest(family, band, country, offer, skills, errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }
        return TypedResults.Ok(SalaryBenchmarks.For(market.Current.Index, ExtractionPipeline.Default.Knowledge.Skills, request!));
    }

    internal static SalaryBenchmarkRequest? BenchmarkRequest(string? family, string? band, string? country, string? offer, string? skills, QueryErrors errors)
    {
        var f = QueryValues.Family(family, "family", errors, required: true);
        var b = QueryValues.Band(band, errors);
        var c = QueryValues.Country(country, errors) ?? "US";
        var o = QueryValues.Money(offer, "offer", errors);
        if (o == 0)
        {
            errors.Add("offer", "must be a positive annual amount in USD.");
        }
        var s = QueryValues.Skills(skills, errors, "skills");
        return f is null ? null : new SalaryBenchmarkRequest(f.Value, b, c, s, o);
    }

    private static IResult Plan(MarketState market, string? from = null, string? to = null, string? skills = null)
    {
        var errors = new QueryErrors();
        var request = PlanRequest(from, to, skills, errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }
        return TypedResults.Ok(TransitionPlans.For(market.Current.Index, ExtractionPipeline.Default.Knowledge.Skills, request!));
    }

    internal static TransitionRequest? PlanRequest(string? from, string? to, string? skills, QueryErrors errors)
    {
        var target = QueryValues.Family(to, "to", errors, required: true);
        var source = QueryValues.Family(from, "from", errors);
        var held = QueryValues.Skills(skills, errors, "skills");
        if (string.IsNullOrWhiteSpace(from) == string.IsNullOrWhiteSpace(skills))
        {
            errors.Add("from", "give exactly one of 'from' (a family) or 'skills' (comma-separated skills).");
        }
        else if (source is not null && source == target)
        {
            errors.Add("to", "names the same family as 'from'.");
        }
        return target is null ? null : new TransitionRequest(source, held, target.Value);
    }

    internal static MarketAnalyzer Analyzer(MarketSnapshot market, MarketSlice slice) =>
        new(market.Index, ExtractionPipeline.Default.Knowledge.Skills, new AnalysisOptions(), slice);
}
