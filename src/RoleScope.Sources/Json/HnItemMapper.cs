using System.Globalization;
using System.Text.Json;
using RoleScope.Core.Domain;

namespace RoleScope.Sources.Json;

/// <summary>
/// Maps a Hacker News item as the public API serves it (<c>id</c>, <c>by</c>, <c>time</c>, <c>text</c>, ...) or a
/// <c>hn_id</c>/<c>hn_text</c> row of the 2023 "Who is hiring?" archive to a <see cref="RawPosting"/>.
/// </summary>
internal static class HnItemMapper
{
    public const string Source = "hn";

    public static MapResult Map(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return MapResult.Fail("not a JSON object");
        }
        try
        {
            return item.TryGetProperty("hn_id", out _) ? MapArchiveRow(item) : MapApiItem(item);
        }
        catch (InvalidRecordException e)
        {
            return MapResult.Fail(e.Message);
        }
    }

    /// <summary>
    /// The archive row also carries <c>model_output</c>: labels a language model made upstream. They are a silver
    /// reference for evaluation, never an input to extraction, so they are not read at all.
    /// </summary>
    private static MapResult MapArchiveRow(JsonElement row)
    {
        var id = JsonFields.RequiredItemId(row, "hn_id");
        var text = JsonFields.RawString(row, "hn_text");
        if (string.IsNullOrWhiteSpace(text))
        {
            return MapResult.Fail($"HN item {id} has no text");
        }
        if (OffersWork(text))
        {
            return MapResult.Fail(OffersWorkReason(id));
        }
        return MapResult.Ok(Posting(id, title: null, text, postedAt: null, by: null));
    }

    private static MapResult MapApiItem(JsonElement item)
    {
        var id = JsonFields.RequiredItemId(item, "id");
        if (JsonFields.IsTrue(item, "deleted"))
        {
            return MapResult.Fail($"HN item {id} is deleted");
        }
        if (JsonFields.IsTrue(item, "dead"))
        {
            return MapResult.Fail($"HN item {id} is dead");
        }
        var text = JsonFields.RawString(item, "text");
        // Comments have no title (extraction reads their header line); job stories have one, and may have no text.
        var title = JsonFields.OptionalString(item, "title");
        if (string.IsNullOrWhiteSpace(text) && title is null)
        {
            return MapResult.Fail($"HN item {id} has no text");
        }
        if (text is not null && OffersWork(text))
        {
            return MapResult.Fail(OffersWorkReason(id));
        }
        return MapResult.Ok(Posting(id, title, text ?? "", PostedAt(item), JsonFields.OptionalString(item, "by")));
    }

    /// <summary>
    /// "SEEKING WORK | Remote | PHP/JS Full Stack Dev": a freelancer or agency offering its services in a hiring thread. It is
    /// no job posting, and its rates would be read as salaries. ("SEEKING FREELANCER" is an employer hiring: kept.)
    /// </summary>
    private static bool OffersWork(string text) =>
        text.AsSpan().TrimStart().StartsWith("SEEKING WORK", StringComparison.OrdinalIgnoreCase);

    private static string OffersWorkReason(long id) =>
        $"HN item {id} offers work (\"SEEKING WORK\"): a freelancer's or agency's offer, not a job posting";

    private static DateOnly? PostedAt(JsonElement item)
    {
        if (!item.TryGetProperty("time", out var time) || time.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        return time.ValueKind == JsonValueKind.Number && time.TryGetInt64(out var seconds) && PostedDates.TryFromUnixSeconds(seconds, out var date)
            ? date
            : throw new InvalidRecordException("time is not a number of Unix seconds");
    }

    private static RawPosting Posting(long id, string? title, string text, DateOnly? postedAt, string? by)
    {
        var key = id.ToString(CultureInfo.InvariantCulture);
        return new RawPosting
        {
            Id = key,
            Source = Source,
            Url = "https://news.ycombinator.com/item?id=" + key,
            Title = title,
            Description = text,
            PostedAt = postedAt,
            // The poster's user name is not the employer; it is kept as a label (useful to spot reposts), not as Company.
            Labels = by is null ? null : new Dictionary<string, string>(StringComparer.Ordinal) { ["by"] = by },
        };
    }
}
