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
        // Title, location and body are normalised one after the other into one buffer, joined by blank lines when not empty.
        var output = NormalizedTextBuilder.ForThread();
        output.Append(posting.Title ?? "");
        output.JoinSegmentLines();
        var titleLength = output.Length;
        output.BeginSegment();
        output.Append(posting.Location ?? "");
        output.JoinSegmentLines();
        var locationSpan = output.Length > titleLength ? new TextSpan(output.SegmentStart, output.Length - output.SegmentStart) : default;
        var beforeBody = output.Length;
        output.BeginSegment();
        HtmlToText.Append(posting.Description ?? "", output);
        var text = output.ToString();
        TextSpan header;
        if (titleLength > 0)
        {
            header = new TextSpan(0, titleLength);
        }
        else
        {
            // Without a body the header is empty, placed where a body would start (as the joined parts always had it).
            var hasBody = output.Length > beforeBody;
            // ... but never past the end of the text: a description of markup only ("<p></p>") leaves no body after a location.
            var bodyStart = hasBody ? output.SegmentStart : beforeBody > 0 ? Math.Min(beforeBody + 2, text.Length) : 0;
            var (start, length) = hasBody ? HeaderLine(text.AsSpan(bodyStart)) : (0, 0);
            header = new TextSpan(bodyStart + start, length);
        }
        return new PostingText(text, header, locationSpan, titleLength > 0);
    }

    /// <summary>How far into a title-less post its "Company | Role | Place" line may start (after a greeting or a status line).</summary>
    private const int HeaderSearchLength = 400;

    /// <summary>
    /// The header of a title-less post: its first line, unless that line has no '|' and a line starting within the first
    /// <see cref="HeaderSearchLength"/> characters has two or more ("CURRENTLY HIRING\nAcme | Backend Engineer | Remote").
    /// </summary>
    private static (int Start, int Length) HeaderLine(ReadOnlySpan<char> body)
    {
        var firstEnd = body.IndexOf('\n');
        if (firstEnd < 0)
        {
            return (0, body.Length);
        }
        if (body[..firstEnd].Contains('|'))
        {
            return (0, firstEnd);
        }
        var start = firstEnd + 1;
        while (start < body.Length && start < HeaderSearchLength)
        {
            var end = body[start..].IndexOf('\n');
            end = end < 0 ? body.Length : start + end;
            if (body[start..end].Count('|') >= 2)
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
