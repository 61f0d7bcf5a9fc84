using RoleScope.Core.Domain;

namespace RoleScope.Core.Text;

/// <summary>
/// The normalised text of a posting, the text every evidence span points into: the title (when the source gives one),
/// a blank line, then the description as plain text. <see cref="Header"/> is the title, or, for posts without a title
/// (Hacker News), their first line ("Company | Role | Location | Salary").
/// </summary>
public sealed record PostingText(string Text, TextSpan Header, TextSpan Location, bool HasTitle)
{
    public ReadOnlySpan<char> HeaderText => Text.AsSpan(Header.Start, Header.Length);

    public static PostingText From(RawPosting posting)
    {
        var body = HtmlToText.Convert(posting.Description ?? "");
        var title = PlainText.Normalize(posting.Title ?? "").Replace('\n', ' ');
        var location = PlainText.Normalize(posting.Location ?? "").Replace('\n', ' ');
        var parts = new List<string>(3);
        TextSpan header;
        TextSpan locationSpan = default;
        var offset = 0;
        if (title.Length > 0)
        {
            parts.Add(title);
            header = new TextSpan(0, title.Length);
            offset = title.Length + 2;
        }
        else
        {
            var (start, length) = HeaderLine(body);
            header = new TextSpan((location.Length > 0 ? location.Length + 2 : 0) + start, length);
        }
        if (location.Length > 0)
        {
            parts.Add(location);
            locationSpan = new TextSpan(offset, location.Length);
        }
        if (body.Length > 0)
        {
            parts.Add(body);
        }
        return new PostingText(string.Join("\n\n", parts), header, locationSpan, title.Length > 0);
    }

    /// <summary>How far into a title-less post its "Company | Role | Place" line may start (after a greeting or a status line).</summary>
    private const int HeaderSearchLength = 400;

    /// <summary>
    /// The header of a title-less post: its first line, unless that line has no '|' and a line starting within the first
    /// <see cref="HeaderSearchLength"/> characters has two or more ("CURRENTLY HIRING\nAcme | Backend Engineer | Remote").
    /// </summary>
    private static (int Start, int Length) HeaderLine(string body)
    {
        var firstEnd = body.IndexOf('\n', StringComparison.Ordinal);
        if (firstEnd < 0)
        {
            return (0, body.Length);
        }
        if (body.AsSpan(0, firstEnd).Contains('|'))
        {
            return (0, firstEnd);
        }
        var start = firstEnd + 1;
        while (start < body.Length && start < HeaderSearchLength)
        {
            var end = body.IndexOf('\n', start);
            if (end < 0)
            {
                end = body.Length;
            }
            if (body.AsSpan(start, end - start).Count('|') >= 2)
            {
                return (start, end - start);
            }
            start = end + 1;
        }
        return (0, firstEnd);
    }
}

/// <summary>A half-open character range [Start, Start + Length).</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool Contains(int position) => position >= Start && position < End;
}
