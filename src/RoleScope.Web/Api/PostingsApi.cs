using RoleScope.Core.Text;
using RoleScope.Web.Market;
using RoleScope.Web.Store;

namespace RoleScope.Web.Api;

/// <summary>GET /api/postings (the job board) and GET /api/postings/{id} (one posting with its evidence).</summary>
internal static class PostingsApi
{
    public static RouteGroupBuilder MapPostingsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/postings").WithTags("Postings");
        group.MapGet("/", List)
            .WithSummary("Postings matching the filter, a page of them in the chosen order, and facet counts for the match")
            .Produces<PostingPage>().ProducesValidationProblem();
        group.MapGet("/{*id}", Get)
            .WithSummary("One posting (id = source:sourceId) with its extraction and the normalised text the evidence spans point into")
            .Produces<PostingDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    // The parameters are declared (for the OpenAPI document) as strings and parsed here, so that a bad value gets a
    // ProblemDetails naming it rather than the framework's generic binding failure.
    private static IResult List(HttpContext http, MarketState market, StoreAccess store,
        string? q = null, string? family = null, string? seniority = null, string? workMode = null, string? country = null, string? skill = null,
        string? minSalary = null, string? since = null, string? sort = null, string? page = null, string? pageSize = null)
    {
        var errors = new QueryErrors();
        var query = JobQuery.Parse(name => http.Request.Query[name].FirstOrDefault(), errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }
        var snapshot = market.Current;
        var result = JobSearch.Run(snapshot, query, store);
        return TypedResults.Ok(new PostingPage([.. result.Items.Select(PostingSummary.Of)], result.Total, query.Page, query.PageSize, result.Facets, snapshot.Version));
    }

    private static IResult Get(string id, StoreAccess store, RawPostingReader raw)
    {
        var found = Load(Uri.UnescapeDataString(id), store, raw);
        return found is null
            ? TypedResults.Problem(title: "No such posting", detail: $"No posting has the id '{id}' (ids are source:sourceId).", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(found);
    }

    internal static PostingDetail? Load(string id, StoreAccess store, RawPostingReader raw)
    {
        if (!PostingIds.TryParse(id, out var source, out var sourceId) || store.Find(source, sourceId) is not { } extraction
            || raw.Read(source, sourceId) is not { } posting)
        {
            return null;
        }
        return new PostingDetail(id, source, sourceId, posting.Url, posting.PostedAt, PostingText.From(posting).Text, extraction);
    }
}
