using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;
using RoleScope.Ingest;
using RoleScope.Sources;

namespace RoleScope.Cli.Tests;

public sealed class BatchExtractionTests
{
    [Fact]
    public void A_posting_that_breaks_extraction_is_rejected_with_the_posting_as_read_and_the_rest_goes_on()
    {
        ReadPosting[] batch =
        [
            new(new RawPosting { Id = "a", Source = "jsonl", Description = "Acme | Backend Engineer | Berlin" }, "in.jsonl", 1),
            new(new RawPosting { Id = "b", Source = "jsonl", Title = "Data Engineer", Description = "Pipelines in dbt." }, "in.jsonl", 2),
        ];

        var outcomes = BatchExtraction.Run<ExtractedPosting>(ExtractionPipeline.Default, batch,
            (raw, record) => raw.Id == "b" ? throw new InvalidOperationException("broken") : record);

        Assert.NotNull(outcomes[0].Record);
        var reject = Assert.IsType<RejectedRecord>(outcomes[1].Reject);
        Assert.Equal(("in.jsonl", 2), (reject.File, reject.Line));
        Assert.Equal("extraction failed: InvalidOperationException: broken", reject.Reason);
        Assert.Contains("\"title\":\"Data Engineer\"", reject.Text);
        Assert.Contains("\"description\":\"Pipelines in dbt.\"", reject.Text);
    }
}
