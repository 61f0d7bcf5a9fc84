using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace RoleScope.Core.Text;

/// <summary>
/// Turns posting HTML into plain text: entities decoded, block elements on their own lines, list items as "- " lines,
/// whitespace collapsed. Plain text passes through <see cref="PlainText.Normalize"/> only.
/// </summary>
public static class HtmlToText
{
    /// <summary>One parser per thread: AngleSharp's parser is not documented as thread-safe, and a shared one behind a lock
    /// made parallel extraction wait on it (docs/benchmarks.md).</summary>
    [ThreadStatic]
    private static HtmlParser? t_parser;

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
        "header", "footer", "pre", "blockquote", "hr", "dl", "dt", "dd", "title",
    };

    /// <summary>True when the text holds markup or entities worth parsing.</summary>
    public static bool LooksLikeHtml(string text) => text.AsSpan().IndexOfAny('<', '&') >= 0;

    public static string Convert(string html)
    {
        var output = NormalizedTextBuilder.ForThread();
        Append(html, output);
        return output.ToString();
    }

    /// <summary>
    /// Writes the text of <paramref name="html"/> into the current segment of <paramref name="output"/>: by a streaming pass
    /// when the markup is of the simple kind postings use (<see cref="SimpleHtmlConverter"/>), else through the DOM.
    /// </summary>
    public static void Append(string html, NormalizedTextBuilder output)
    {
        if (!LooksLikeHtml(html))
        {
            output.Append(html);
            return;
        }
        var state = output.Save();
        if (SimpleHtmlConverter.TryConvert(html, output))
        {
            return;
        }
        output.Restore(state);
        output.Append(DomText(html));
    }

    /// <summary>The text of <paramref name="html"/> through AngleSharp's DOM, before normalisation: the reference the streaming pass must equal.</summary>
    public static string DomText(string html)
    {
        t_parser ??= new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = t_parser.ParseDocument(html);
        var builder = new StringBuilder(html.Length);
        Append(document.Body ?? (INode)document.DocumentElement, builder);
        return builder.ToString();
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    builder.Append(text.Data);
                    break;
                case IElement element when element.LocalName is "script" or "style" or "template":
                    break;
                case IElement element:
                    var block = BlockTags.Contains(element.LocalName);
                    if (block)
                    {
                        builder.Append('\n');
                    }
                    if (element.LocalName == "li")
                    {
                        builder.Append("- ");
                    }
                    Append(element, builder);
                    if (block)
                    {
                        builder.Append('\n');
                    }
                    break;
                default:
                    break;
            }
        }
    }
}
