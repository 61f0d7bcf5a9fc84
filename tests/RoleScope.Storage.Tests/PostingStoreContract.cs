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

    [Fact]
    public void Same_content_under_another_identity_is_stored_once_more_as_a_linked_copy_and_counts_once()
    {
        using var store = CreateStore();
        var original = SamplePostings.Full();
        store.Add([original]);
        var copy = original with { Raw = original.Raw with { Id = "mirror-9", Source = "mirror" }, Extracted = original.Extracted with { Id = "mirror-9" } };
        var second = SamplePostings.Minimal("m-2");
        var secondCopy = SamplePostings.Minimal("m-3", source: "csv");

        Assert.Equal(new AddResult(0, 0, 1), store.Add([copy]));
        Assert.Equal(new AddResult(0, 1), store.Add([copy]));
        Assert.Equal(new AddResult(1, 0, 1), store.Add([second, secondCopy]));
        Assert.Equal(new StoreCounts(4, 2), store.Counts());
        Assert.Equal(new PostingKey("greenhouse", "gh-123"), store.OriginalOf("mirror", "mirror-9"));
        Assert.Equal(new PostingKey("file", "m-2"), store.OriginalOf("csv", "m-3"));
        Assert.Equal(["gh-123", "m-2"], store.ReadAll().Select(p => p.Posting.Id));
    }

    [Fact]
    public void Near_identical_posting_under_another_identity_is_stored_linked_and_left_out_of_figures()
    {
        using var store = CreateStore();
        var text = SamplePostings.Prose(seed: 1);
        var words = text.Split(' ');
        words[120] = "kotlin";
        var nearText = string.Join(' ', words) + " Apply by 1 May.";
        var original = SamplePostings.Described("a-1", "greenhouse", "Acme Corp", "Senior Backend Engineer", text);
        var near = SamplePostings.Described("b-7", "lever", "ACME corp.", "Senior backend engineer", nearText);
        var sameTitleOtherText = SamplePostings.Described("c-3", "lever", "Acme Corp", "Senior Backend Engineer", SamplePostings.Prose(seed: 2));
        var nearInSameBatch = SamplePostings.Described("d-4", "hn", "Acme Corp", "Senior Backend Engineer", nearText + " Thanks.");

        var first = store.Add([original]);
        var second = store.Add([near, sameTitleOtherText, nearInSameBatch]);

        Assert.Equal(new AddResult(1, 0), first);
        Assert.Equal(new AddResult(1, 0, 2), second);
        Assert.Equal(new StoreCounts(4, 2), store.Counts());
        Assert.Equal(4, store.Count());
        Assert.Equal(new PostingKey("greenhouse", "a-1"), store.OriginalOf("lever", "b-7"));
        Assert.Equal(new PostingKey("greenhouse", "a-1"), store.OriginalOf("hn", "d-4"));
        Assert.Null(store.OriginalOf("lever", "c-3"));
        Assert.Null(store.OriginalOf("greenhouse", "a-1"));
        Assert.NotNull(store.Find("lever", "b-7"));
        Assert.Equal(["a-1", "c-3"], store.ReadAll().Select(p => p.Posting.Id));
    }

    [Fact]
    public void Near_duplicates_need_a_company_and_a_title()
    {
        using var store = CreateStore();
        var text = SamplePostings.Prose(seed: 3);

        var result = store.Add([
            SamplePostings.Described("1", "hn", "", "Engineer", text),
            SamplePostings.Described("2", "hn", "", "Engineer", text + " again"),
        ]);

        Assert.Equal(new AddResult(2, 0), result);
        Assert.Equal(new StoreCounts(2, 0), store.Counts());
    }

    [Fact]
    public void Near_duplicate_of_a_batch_mate_that_is_itself_a_duplicate_links_to_the_stored_original()
    {
        using var store = CreateStore();
        var text = SamplePostings.Prose(seed: 4);
        var original = SamplePostings.Described("1", "hn", "Initech", "Platform Engineer", text);
        store.Add([original]);

        var result = store.Add([original, SamplePostings.Described("2", "csv", "Initech", "Platform Engineer", text + " Remote.")]);

        Assert.Equal(new AddResult(0, 1, 1), result);
        Assert.Equal(new PostingKey("hn", "1"), store.OriginalOf("csv", "2"));
    }

    [Fact]
    public void Search_needs_every_word_and_leaves_out_near_duplicates()
    {
        using var store = CreateStore();
        var text = "Build payment services in Go on Kubernetes. " + SamplePostings.Prose(seed: 5);
        store.Add([
            SamplePostings.Full(),
            SamplePostings.Titled("9", "Frontend Developer"),
            SamplePostings.Described("n-1", "hn", "Globex", "Staff Engineer", text),
            SamplePostings.Described("n-2", "csv", "Globex", "Staff Engineer", text + " Hiring now."),
        ]);

        Assert.Equal([new PostingKey("greenhouse", "gh-123"), new PostingKey("hn", "n-1")], store.Search("KUBERNETES", 10));
        Assert.Equal([new PostingKey("greenhouse", "gh-123")], store.Search("kubernetes  senior", 10));
        Assert.Equal([new PostingKey("hn", "9")], store.Search("frontend", 10));
        Assert.Equal([new PostingKey("greenhouse", "gh-123")], store.Search("kubernetes", 1));
        Assert.Empty(store.Search("cobol", 10));
        Assert.Empty(store.Search("\" OR * :-", 10));
        Assert.Empty(store.Search("kubernetes cobol", 10));
    }

    [Fact]
    public void Change_version_grows_only_with_batches_that_store_something()
    {
        using var store = CreateStore();
        var start = store.ChangeVersion();

        store.Add([SamplePostings.Full()]);
        var afterOne = store.ChangeVersion();
        store.Add([SamplePostings.Full()]);
        store.Add([]);

        Assert.True(afterOne > start);
        Assert.Equal(afterOne, store.ChangeVersion());
        Assert.Equal(afterOne, store.WaitForChange(afterOne, TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_second_store_on_the_same_database_wakes_within_five_seconds_of_a_commit()
    {
        using var writer = CreateStore();
        using var watcher = ReopenStore();
        var seen = watcher.ChangeVersion();

        var waiting = Task.Run(() =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var version = watcher.WaitForChange(seen, TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
            return (version, clock.Elapsed);
        }, TestContext.Current.CancellationToken);
        await Task.Delay(500, TestContext.Current.CancellationToken);
        writer.Add([SamplePostings.Titled("1", "Backend Engineer")]);
        var (version, elapsed) = await waiting;

        Assert.True(version > seen, $"the watcher saw version {version}, not past {seen}");
        Assert.InRange(elapsed, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(5));
        Assert.Equal("Backend Engineer", watcher.Find("hn", "1")?.Title);
        Assert.Equal([new PostingKey("hn", "1")], watcher.Search("backend", 5));
    }
}
