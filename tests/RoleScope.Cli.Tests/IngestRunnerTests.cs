using System.Text.Json;
using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;
using RoleScope.Ingest;
using RoleScope.Sources;
using RoleScope.Storage;

namespace RoleScope.Cli.Tests;

/// <summary>
/// The ingest pipeline (reading and extraction run ahead of storing) over several batches: every record counted once, rejects
/// in the order they were met, and a failing source or a cancellation stopping the run without losing stored batches.
/// </summary>
public sealed class IngestRunnerTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Records_over_several_batches_are_each_stored_duplicated_or_rejected_once_with_rejects_in_input_order()
    {
        var input = _temp.File("many.jsonl");
        var total = IngestRunner.BatchSize * 2 + 123;
        var expectedRejects = new List<int>();
        using (var writer = new StreamWriter(input))
        {
            for (var line = 1; line <= total; line++)
            {
                if (line % 997 == 0)
                {
                    writer.WriteLine("""{"id": "broken", "description": "cut""");
                    expectedRejects.Add(line);
                }
                else
                {
                    // Every 10th posting repeats the identity of the one before it: a duplicate, stored once.
                    var id = line % 10 == 0 ? line - 1 : line;
                    writer.WriteLine(JsonSerializer.Serialize(new { id = $"p{id}", title = $"Backend Engineer {line}", description = $"Posting {line}: Go and PostgreSQL, remote in the US." }));
                }
            }
        }
        var duplicates = Enumerable.Range(1, total).Count(l => l % 10 == 0 && l % 997 != 0 && (l - 1) % 997 != 0);
        using var store = SqliteStore.Open(_temp.File("many.db"));

        var summary = new IngestRunner(store, ExtractionPipeline.Default).Run([input], InputFormat.Auto, _temp.File("many.rejects.jsonl"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(total, summary.Read);
        Assert.Equal(expectedRejects.Count, summary.Rejected);
        Assert.Equal(duplicates, summary.Duplicates);
        Assert.Equal(total - expectedRejects.Count - duplicates, summary.Stored);
        Assert.Equal(summary.Stored, store.Count());
        var rejectLines = File.ReadAllLines(summary.RejectsPath!)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("line").GetInt32());
        Assert.Equal(expectedRejects, rejectLines);
    }

    [Fact]
    public void A_source_that_fails_midway_surfaces_its_own_error_after_the_full_batches_before_it_are_stored()
    {
        using var store = SqliteStore.Open(_temp.File("failing.db"));

        var error = Assert.Throws<IOException>(() =>
            new IngestRunner(store, ExtractionPipeline.Default).Run(FailingSource(IngestRunner.BatchSize + 10), "failing", _temp.File("failing.rejects.jsonl"), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("disk went away", error.Message);
        Assert.Equal(IngestRunner.BatchSize, store.Count());
    }

    [Fact]
    public void A_cancelled_run_stops_with_a_cancellation()
    {
        using var store = SqliteStore.Open(_temp.File("cancelled.db"));
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new IngestRunner(store, ExtractionPipeline.Default).Run(FailingSource(IngestRunner.BatchSize * 3), "cancelled", _temp.File("cancelled.rejects.jsonl"), cancellationToken: cancel.Token));
        Assert.Equal(0, store.Count());
    }

    private static IEnumerable<RawPosting> FailingSource(int before)
    {
        for (var i = 0; i < before; i++)
        {
            yield return new RawPosting { Id = $"f{i}", Title = "Data Engineer", Description = $"Posting {i}: Spark and Airflow, onsite in Warsaw." };
        }
        throw new IOException("disk went away");
    }
}
