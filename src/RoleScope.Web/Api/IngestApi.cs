using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using RoleScope.Core.Extraction;
using RoleScope.Ingest;
using RoleScope.Sources;
using RoleScope.Storage;
using RoleScope.Web.Market;
using RoleScope.Web.Store;

namespace RoleScope.Web.Api;

/// <summary>POST /api/ingest: a JSONL, HN or CSV body ingested like <c>rolescope ingest</c>, behind the configured API key.</summary>
internal static class IngestApi
{
    public const string KeyHeader = "X-Api-Key";

    /// <summary>Rejects listed in the answer; the rest are counted only (a bad file would otherwise make a huge response).</summary>
    private const int RejectsShown = 100;

    /// <summary>Ingest runs one at a time: each run writes batches, and concurrent writers would only queue in the store.</summary>
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static void MapIngestApi(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/ingest", Ingest).WithTags("Ingest")
            .WithSummary($"Ingest a body of postings (format=jsonl|hn|csv, default detected) with the API key in the {KeyHeader} header")
            .Produces<IngestResult>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesValidationProblem();

    private static async Task<IResult> Ingest(HttpRequest request, IOptions<WebOptions> options, MarketState market, string? format = null)
    {
        var key = options.Value.ApiKey;
        if (string.IsNullOrEmpty(key))
        {
            return TypedResults.Problem(title: "Ingest is off", detail: "This server has no API key configured (RoleScope:ApiKey), so it refuses ingest.",
                statusCode: StatusCodes.Status403Forbidden);
        }
        var given = request.Headers[KeyHeader].FirstOrDefault() ?? "";
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(key)))
        {
            return TypedResults.Problem(title: "API key required", detail: $"Send the configured API key in the {KeyHeader} header.",
                statusCode: StatusCodes.Status401Unauthorized);
        }
        var errors = new QueryErrors();
        var inputFormat = InputFormat.Auto;
        if (!string.IsNullOrWhiteSpace(format) && (!Enum.TryParse(format, ignoreCase: true, out inputFormat) || !Enum.IsDefined(inputFormat)))
        {
            errors.Add("format", $"unknown format '{format}'. Known: jsonl, hn, csv.");
            return errors.ToResult();
        }

        var folder = Directory.CreateTempSubdirectory("rolescope-ingest-");
        try
        {
            // The readers take files (and detect the format from the name and the first lines), so the body goes to one.
            var extension = inputFormat switch { InputFormat.Csv => ".csv", InputFormat.Hn => ".hn.jsonl", _ => ".jsonl" };
            var body = Path.Combine(folder.FullName, "body" + extension);
            await using (var file = File.Create(body))
            {
                await request.Body.CopyToAsync(file, request.HttpContext.RequestAborted);
            }
            var rejectsPath = Path.Combine(folder.FullName, "rejects.jsonl");
            IngestSummary summary;
            await Gate.WaitAsync(request.HttpContext.RequestAborted);
            try
            {
                using var store = PostingStores.Open(options.Value.Db);
                summary = await Task.Run(() => new IngestRunner(store, ExtractionPipeline.Default).Run([body], inputFormat, rejectsPath));
            }
            finally
            {
                Gate.Release();
            }
            var rejects = File.Exists(rejectsPath) ? File.ReadLines(rejectsPath).Take(RejectsShown).ToList() : [];
            market.RefreshIfChanged();
            return TypedResults.Ok(new IngestResult(summary.Read, summary.Stored, summary.Duplicates, summary.NearDuplicates, summary.Rejected, rejects, market.Current.Version));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
