using System.Text.Json;
using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;

namespace RoleScope.Core.Tests;

/// <summary>
/// The batched call takes many postings through each step together; each posting's record must be exactly what extracting it
/// alone gives, whatever the postings before it in the batch were.
/// </summary>
public sealed class BatchedExtractionTests
{
    private static readonly JsonSerializerOptions Json = new() { IncludeFields = true };

    [Fact]
    public void Every_HN_and_golden_posting_extracts_in_a_batch_exactly_as_alone()
    {
        var postings = RepositoryData.HnTexts().Concat(RepositoryData.GoldenDescriptions())
            .Select((text, i) => TestPostings.Hn(text, id: $"p{i}"))
            .ToArray();
        // More than one batch, and a last batch that is not full.
        Assert.True(postings.Length > 2 * ExtractionPipeline.BatchSize && postings.Length % ExtractionPipeline.BatchSize != 0);
        var results = new ExtractedPosting?[postings.Length];
        var failures = new Exception?[postings.Length];

        ExtractionPipeline.Default.Extract(postings, results, failures);

        for (var i = 0; i < postings.Length; i++)
        {
            Assert.Null(failures[i]);
            Assert.Equal(JsonSerializer.Serialize(TestPostings.Extract(postings[i]), Json), JsonSerializer.Serialize(results[i], Json));
        }
    }

    [Fact]
    public void A_posting_that_makes_a_step_throw_gets_its_exception_and_the_others_their_records()
    {
        RawPosting[] postings =
        [
            TestPostings.Hn("Acme | Senior Backend Engineer | Remote (US) | $150k-$180k", id: "a"),
            null!, // normalising it throws
            TestPostings.Titled("Data Engineer", "Pipelines in dbt and Snowflake.", id: "c"),
        ];
        var results = new ExtractedPosting?[postings.Length];
        var failures = new Exception?[postings.Length];

        ExtractionPipeline.Default.Extract(postings, results, failures);

        Assert.Equal(["a", null, "c"], results.Select(r => r?.Id));
        Assert.Equal([false, true, false], failures.Select(f => f is not null));
        Assert.Equal(JsonSerializer.Serialize(TestPostings.Extract(postings[0]), Json), JsonSerializer.Serialize(results[0], Json));
        Assert.Equal(["Snowflake", "dbt"], results[2]!.Skills);
    }

    [Fact]
    public void Result_spans_shorter_than_the_postings_are_refused()
    {
        var postings = new[] { TestPostings.Hn("Acme | Backend Engineer") };

        Assert.Throws<ArgumentException>(() => ExtractionPipeline.Default.Extract(postings, new ExtractedPosting?[0], new Exception?[1]));
    }
}
