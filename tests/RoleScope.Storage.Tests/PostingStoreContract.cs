using RoleScope.Core.Domain;

namespace RoleScope.Storage.Tests;

/// <summary>
/// What every <see cref="IPostingStore"/> must do, whatever holds the data. A store's test class derives from this one
/// and says how to make a store; the PostgreSQL store will run the same suite.
/// </summary>
public abstract class PostingStoreContract
{
    /// <summary>A new store over an empty database of its own.</summary>
    protected abstract IPostingStore CreateStore();

    /// <summary>A second store over the database the last <see cref="CreateStore"/> made, as a later run would open it.</summary>
    protected abstract IPostingStore ReopenStore();

    [Fact]
    public void New_store_is_empty()
    {
        using var store = CreateStore();

        Assert.Equal(0, store.Count());
        Assert.Empty(store.ReadAll());
        Assert.Null(store.Find("greenhouse", "gh-123"));
    }

    [Fact]
    public void Add_then_read_back_every_field()
    {
        var full = SamplePostings.Full();
        var minimal = SamplePostings.Minimal();
        using var store = CreateStore();

        var result = store.Add([full, minimal]);

        Assert.Equal(new AddResult(2, 0), result);
        Assert.Equal(2, store.Count());
        var all = store.ReadAll().ToList();
        Assert.Equal(2, all.Count);
        Assert.Equal("greenhouse", all[0].Source);
        Assert.Equal(new DateOnly(2023, 3, 1), all[0].PostedAt);
        PostingAssert.Same(full.Extracted, all[0].Posting);
        Assert.Equal(RoleFamily.Backend, all[0].Posting.Family);
        Assert.Equal(Seniority.Senior, all[0].Posting.Seniority);
        Assert.Equal("file", all[1].Source);
        Assert.Null(all[1].PostedAt);
        PostingAssert.Same(minimal.Extracted, all[1].Posting);
        PostingAssert.Same(full.Extracted, store.Find("greenhouse", "gh-123"));
        PostingAssert.Same(minimal.Extracted, store.Find("file", "min-1"));
    }

    [Fact]
    public void Identity_is_source_and_source_id_together()
    {
        using var store = CreateStore();

        var result = store.Add([SamplePostings.Titled("42", "From HN", source: "hn"), SamplePostings.Titled("42", "From CSV", source: "csv")]);

        Assert.Equal(new AddResult(2, 0), result);
        Assert.Equal("From HN", store.Find("hn", "42")?.Title);
        Assert.Equal("From CSV", store.Find("csv", "42")?.Title);
        Assert.Null(store.Find("greenhouse", "42"));
        Assert.Null(store.Find("hn", "43"));
    }

    [Fact]
    public void Known_identity_in_a_later_batch_is_a_duplicate_and_changes_nothing()
    {
        using var store = CreateStore();
        store.Add([SamplePostings.Titled("1", "Original one"), SamplePostings.Titled("2", "Original two")]);

        var result = store.Add([SamplePostings.Titled("2", "Changed two"), SamplePostings.Titled("3", "New three"), SamplePostings.Titled("1", "Changed one")]);

        Assert.Equal(new AddResult(1, 2), result);
        Assert.Equal(3, store.Count());
        Assert.Equal(["Original one", "Original two", "New three"], store.ReadAll().Select(p => p.Posting.Title));
        Assert.Equal("Original two", store.Find("hn", "2")?.Title);
    }

    [Fact]
    public void Repeated_identity_within_one_batch_keeps_the_first()
    {
        using var store = CreateStore();

        var result = store.Add([SamplePostings.Titled("7", "First"), SamplePostings.Titled("8", "Other"), SamplePostings.Titled("7", "Second")]);

        Assert.Equal(new AddResult(2, 1), result);
        Assert.Equal(["First", "Other"], store.ReadAll().Select(p => p.Posting.Title));
    }

    [Fact]
    public void Empty_batch_stores_nothing()
    {
        using var store = CreateStore();

        Assert.Equal(new AddResult(0, 0), store.Add([]));
        Assert.Equal(0, store.Count());
    }

    [Fact]
    public void Posting_with_another_postings_extraction_rejects_the_whole_batch()
    {
        using var store = CreateStore();
        var good = SamplePostings.Titled("1", "Good");
        var mismatched = SamplePostings.Titled("2", "Bad") with { Extracted = SamplePostings.Titled("3", "Bad").Extracted };

        var error = Assert.Throws<ArgumentException>(() => store.Add([good, mismatched]));

        Assert.Contains("Posting 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, store.Count());
    }

    [Fact]
    public void Ten_thousand_postings_in_batches_of_500_read_back_in_insertion_order()
    {
        var postings = SamplePostings.Generate(10_000, seed: 20230101);
        using var store = CreateStore();

        var stored = 0;
        foreach (var batch in postings.Chunk(500))
        {
            var result = store.Add(batch);
            Assert.Equal(0, result.Duplicates);
            stored += result.Stored;
        }

        Assert.Equal(10_000, stored);
        Assert.Equal(10_000, store.Count());
        var all = store.ReadAll().ToList();
        Assert.Equal(postings.Select(p => (p.Raw.Source, p.Raw.Id)), all.Select(p => (p.Source, p.Posting.Id)));
        for (var i = 0; i < postings.Count; i++)
        {
            Assert.Equal(postings[i].Raw.PostedAt, all[i].PostedAt);
            PostingAssert.Same(postings[i].Extracted, all[i].Posting);
        }
        // Any batch again is nothing but duplicates.
        Assert.Equal(new AddResult(0, 500), store.Add(postings[..500]));
    }

    [Fact]
    public void Data_survives_reopening()
    {
        var full = SamplePostings.Full();
        using (var store = CreateStore())
        {
            store.Add([full, SamplePostings.Minimal()]);
        }

        using var reopened = ReopenStore();

        Assert.Equal(2, reopened.Count());
        PostingAssert.Same(full.Extracted, reopened.Find("greenhouse", "gh-123"));
        Assert.Equal(["gh-123", "min-1"], reopened.ReadAll().Select(p => p.Posting.Id));
        Assert.Equal(new AddResult(0, 1), reopened.Add([full]));
    }

    [Fact]
    public void Disposed_store_refuses_calls()
    {
        var store = CreateStore();
        store.Dispose();
        store.Dispose();

        Assert.Throws<ObjectDisposedException>(() => store.Count());
        Assert.Throws<ObjectDisposedException>(() => store.Add([SamplePostings.Minimal()]));
        Assert.Throws<ObjectDisposedException>(() => store.ReadAll());
        Assert.Throws<ObjectDisposedException>(() => store.Find("file", "min-1"));
    }
}
