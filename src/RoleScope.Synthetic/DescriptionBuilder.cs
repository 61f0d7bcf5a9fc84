using System.Text;

namespace RoleScope.Synthetic;

/// <summary>How a description is marked up: plain text, simple HTML, or Hacker News comment HTML (&lt;p&gt; separators, &amp;#x2F; entities).</summary>
internal enum TextStyle
{
    Plain,
    Html,
    HackerNews,
}

/// <summary>Writes a description block by block in one <see cref="TextStyle"/>, escaping text as that style needs.</summary>
internal sealed class DescriptionBuilder
{
    private readonly StringBuilder text = new(4096);
    private TextStyle style;
    private string bullet = "- ";

    public int Blocks { get; private set; }

    public void Reset(TextStyle newStyle, string newBullet)
    {
        text.Clear();
        style = newStyle;
        bullet = newBullet;
        Blocks = 0;
    }

    public override string ToString() => text.ToString();

    public void BeginParagraph()
    {
        Separate();
        if (style == TextStyle.Html)
        {
            text.Append("<p>");
        }
    }

    public void EndParagraph()
    {
        if (style == TextStyle.Html)
        {
            text.Append("</p>");
        }
        Blocks++;
    }

    /// <summary>Writes a template, filling its slots; {url} becomes a link in the HTML styles.</summary>
    public void Template(string template, SlotValues slots)
    {
        var rest = template.AsSpan();
        while (TemplateScanner.Next(ref rest, out var literal, out var slot))
        {
            Text(literal);
            if (slot.IsEmpty)
            {
                continue;
            }
            if (slot is "url")
            {
                Link(slots.Url);
            }
            else
            {
                Text(slots.Resolve(slot));
            }
        }
    }

    public void Paragraph(string template, SlotValues slots)
    {
        BeginParagraph();
        Template(template, slots);
        EndParagraph();
    }

    /// <summary>A list of items under an optional heading; items are plain text.</summary>
    public void List(string? heading, IReadOnlyList<string> items)
    {
        Separate();
        switch (style)
        {
            case TextStyle.Html:
                if (heading is not null)
                {
                    text.Append("<p><strong>");
                    Text(heading);
                    text.Append("</strong></p>");
                }
                text.Append("<ul>");
                foreach (var item in items)
                {
                    text.Append("<li>");
                    Text(item);
                    text.Append("</li>");
                }
                text.Append("</ul>");
                break;
            case TextStyle.HackerNews:
                var first = true;
                if (heading is not null)
                {
                    Text(heading);
                    first = false;
                }
                foreach (var item in items)
                {
                    if (!first)
                    {
                        text.Append("<p>");
                    }
                    first = false;
                    Text(bullet);
                    Text(item);
                }
                break;
            default:
                if (heading is not null)
                {
                    text.Append(heading).Append('\n');
                }
                for (var i = 0; i < items.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append('\n');
                    }
                    text.Append(bullet).Append(items[i]);
                }
                break;
        }
        Blocks++;
    }

    public void Text(ReadOnlySpan<char> value)
    {
        if (style == TextStyle.Plain)
        {
            text.Append(value);
            return;
        }
        foreach (var c in value)
        {
            switch (c)
            {
                case '&':
                    text.Append("&amp;");
                    break;
                case '<':
                    text.Append("&lt;");
                    break;
                case '>':
                    text.Append("&gt;");
                    break;
                // Hacker News serves these as hex entities; extraction must decode them.
                case '\'' when style == TextStyle.HackerNews:
                    text.Append("&#x27;");
                    break;
                case '/' when style == TextStyle.HackerNews:
                    text.Append("&#x2F;");
                    break;
                case '"' when style == TextStyle.HackerNews:
                    text.Append("&quot;");
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }
    }

    private void Link(string url)
    {
        if (style == TextStyle.Plain)
        {
            text.Append(url);
            return;
        }
        text.Append("<a href=\"");
        Text(url);
        text.Append(style == TextStyle.HackerNews ? "\" rel=\"nofollow\">" : "\">");
        Text(url);
        text.Append("</a>");
    }

    private void Separate()
    {
        if (Blocks == 0)
        {
            return;
        }
        text.Append(style switch
        {
            TextStyle.Plain => "\n\n",
            TextStyle.HackerNews => "<p>",
            _ => "\n",
        });
    }
}
