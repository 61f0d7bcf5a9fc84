namespace RoleScope.Storage.Tests;

/// <summary>The background checkpointer copies the committed log back into the file, off the writer's thread.</summary>
public sealed class WalCheckpointerTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_full_signal_copies_every_committed_frame_and_a_small_one_waits()
    {
        var path = folder.File("rolescope.db");
        using (var store = SqliteStore.Open(path))
        {
            store.Add([SamplePostings.Full()]);
        }
        // A writer that leaves its log to someone else: autocheckpoint off, one connection held open so the log is kept.
        using var writer = RawSqlite.Open(path);
        Run(writer, """
            PRAGMA wal_autocheckpoint = 0;
            CREATE TABLE filler (x BLOB);
            WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) INSERT INTO filler SELECT randomblob(4000) FROM n;
            """);
        var before = new FileInfo(path).Length;
        Assert.True(before < 1_000_000, $"the 2 MB of inserts should sit in the log, not yet in the file ({before:N0} bytes)");

        using var checkpointer = new WalCheckpointer(path);
        checkpointer.Committed(WalCheckpointer.PostingsPerCheckpoint - 1);
        Thread.Sleep(300);
        Assert.Equal(0, checkpointer.Checkpoints);

        checkpointer.Committed(1);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (checkpointer.Checkpoints == 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }

        Assert.Null(checkpointer.Failure);
        Assert.Equal(1, checkpointer.Checkpoints);
        Assert.True(new FileInfo(path).Length > 2_000_000, "the checkpoint should have copied the inserts into the file");
    }

    [Fact]
    public void Store_that_starts_a_checkpointer_keeps_every_posting_after_reopening()
    {
        var path = folder.File("rolescope.db");
        var postings = SamplePostings.Generate(WalCheckpointer.PostingsPerCheckpoint + 500, seed: 3);
        using (var store = SqliteStore.Open(path))
        {
            foreach (var batch in postings.Chunk(2_000))
            {
                store.Add(batch);
            }
        }

        using var reopened = SqliteStore.Open(path);
        Assert.Equal(postings.Count, reopened.Count());
    }

    private static void Run(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
