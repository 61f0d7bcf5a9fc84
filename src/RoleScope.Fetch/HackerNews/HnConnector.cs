using System.Globalization;
using System.Text.Json;
using RoleScope.Core.Domain;
using RoleScope.Fetch.Connectors;
using RoleScope.Fetch.Http;
using RoleScope.Fetch.Mapping;

namespace RoleScope.Fetch.HackerNews;

/// <summary>
/// The month's "Ask HN: Who is hiring?" thread through the official HN API (Firebase): the story is found among the
/// <c>whoishiring</c> account's submissions, and each top-level comment (the story's <c>kids</c>) is one posting.
/// </summary>
public sealed class HnConnector(Uri baseUri, int year, int month) : IFetchConnector
{
    public const string DefaultBaseUrl = "https://hacker-news.firebaseio.com";
    public const string Account = "whoishiring";

    /// <summary>The account posts three stories a month, newest first: a year of them is far more than any lookup needs.</summary>
    public const int MaxStoriesScanned = 40;

    public string Source => "hn";

    public string Key => string.Create(CultureInfo.InvariantCulture, $"hn:{year:D4}-{month:D2}");

    public bool CandidateIsPosting => true;

    /// <summary>The story's id, known once <see cref="ListAsync"/> has found it.</summary>
    public long? StoryId { get; private set; }

    public async Task<IReadOnlyList<FetchCandidate>> ListAsync(FetchHttp http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var user = await http.GetJsonAsync(SourceUri.Combine(baseUri, $"v0/user/{Account}.json"), cancellationToken).ConfigureAwait(false);
        if (user.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new FetchException($"HN user '{Account}' not found at {baseUri}");
        }
        var submitted = JsonValues.RequiredArray(user.RootElement, "submitted").Select(e => e.TryGetInt64(out var id) ? id : 0).Where(id => id > 0).ToList();
        var monthStart = new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var id in submitted.Take(MaxStoriesScanned))
        {
            using var item = await http.GetJsonAsync(ItemUri(id), cancellationToken).ConfigureAwait(false);
            var story = item.RootElement;
            if (story.ValueKind != JsonValueKind.Object)
            {
                continue;
            }
            if (IsHiringStory(JsonValues.String(story, "title"), year, month))
            {
                StoryId = id;
                return [.. Kids(story).Select(kid => new FetchCandidate(kid.ToString(CultureInfo.InvariantCulture), null))];
            }
            // Submissions come newest first: once they are a month older than the one asked for, it is not there.
            if (JsonValues.Long(story, "time") is { } time && DateTimeOffset.FromUnixTimeSeconds(time) < monthStart.AddMonths(-1))
            {
                break;
            }
        }
        throw new FetchException(string.Create(CultureInfo.InvariantCulture,
            $"no \"Ask HN: Who is hiring? ({MonthName(month)} {year})\" story among {Account}'s submissions at {baseUri}"));
    }

    public async Task<ItemOutcome> FetchAsync(FetchHttp http, FetchCandidate candidate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(candidate);
        using var document = await http.GetJsonAsync(ItemUri(long.Parse(candidate.Id, CultureInfo.InvariantCulture)), cancellationToken).ConfigureAwait(false);
        var item = document.RootElement;
        if (item.ValueKind == JsonValueKind.Null)
        {
            throw new FetchException($"HN item {candidate.Id} does not exist");
        }
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new MalformedItemException($"HN item {candidate.Id} is not a JSON object");
        }
        if (JsonValues.IsTrue(item, "deleted"))
        {
            return ItemOutcome.Skip("deleted");
        }
        if (JsonValues.IsTrue(item, "dead"))
        {
            return ItemOutcome.Skip("dead");
        }
        var id = JsonValues.RequiredId(item, "id");
        if (id != candidate.Id)
        {
            throw new MalformedItemException($"HN item {candidate.Id} came back as item {id}");
        }
        var text = JsonValues.RawString(item, "text");
        if (string.IsNullOrWhiteSpace(text))
        {
            return ItemOutcome.Skip("no text");
        }
        return ItemOutcome.Of(new RawPosting
        {
            Id = id,
            Source = Source,
            Url = "https://news.ycombinator.com/item?id=" + id,
            Description = text,
            PostedAt = JsonValues.FromUnix(JsonValues.Long(item, "time"), milliseconds: false),
            Labels = new LabelSet()
                .Add(PostingLabels.By, JsonValues.String(item, "by"))
                .Add(PostingLabels.Thread, StoryId?.ToString(CultureInfo.InvariantCulture))
                .Build(),
        });
    }

    /// <summary>"Ask HN: Who is hiring? (June 2026)"; not the "Who wants to be hired?" or freelancer threads of the same month.</summary>
    public static bool IsHiringStory(string? title, int year, int month) =>
        title is not null
        && title.Contains("who is hiring", StringComparison.OrdinalIgnoreCase)
        && title.Contains(string.Create(CultureInfo.InvariantCulture, $"{MonthName(month)} {year}"), StringComparison.OrdinalIgnoreCase);

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    private static IEnumerable<long> Kids(JsonElement story)
    {
        if (JsonValues.Property(story, "kids") is not { ValueKind: JsonValueKind.Array } kids)
        {
            yield break;
        }
        foreach (var kid in kids.EnumerateArray())
        {
            if (kid.ValueKind == JsonValueKind.Number && kid.TryGetInt64(out var id) && id > 0)
            {
                yield return id;
            }
        }
    }

    private Uri ItemUri(long id) => SourceUri.Combine(baseUri, string.Create(CultureInfo.InvariantCulture, $"v0/item/{id}.json"));
}
