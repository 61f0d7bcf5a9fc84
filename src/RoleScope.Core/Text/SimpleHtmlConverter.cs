using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp.Html;

namespace RoleScope.Core.Text;

/// <summary>
/// Converts the HTML postings are written in (paragraphs, line breaks, lists, headings, links, emphasis, code; named and
/// numeric character references) to text in one streaming pass, without building a DOM. Its output equals that of the
/// AngleSharp DOM walk in <see cref="HtmlToText"/> for every input it accepts; it declines (returns false) whenever the
/// HTML standard's tree construction would do more than open and close elements in document order: unknown or raw-text
/// elements, comments, block elements inside open inline elements, misnested or stray end tags, ambiguous references.
/// Tests compare the two on every posting of the real corpora (HtmlToTextEquivalenceTests).
/// </summary>
public static class SimpleHtmlConverter
{
    /// <summary>Deeper nesting than this is left to the full parser (postings nest two or three levels).</summary>
    private const int MaxDepth = 64;

    /// <summary>Character references longer than this are left to the full parser, which reads at most 31 name characters.</summary>
    private const int MaxReferenceName = 30;

    [InlineArray(MaxDepth)]
    private struct ElementStack
    {
        private Element _first;
    }

    private enum Element : byte
    {
        // Block elements: a line break at their start and end.
        P,
        Pre,
        Li,
        Ul,
        Ol,
        Div,
        Section,
        Article,
        Header,
        Footer,
        Blockquote,
        H1,
        H2,
        H3,
        H4,
        H5,
        H6,
        Br,
        Hr,

        // Inline elements: no text of their own.
        A,
        B,
        I,
        Em,
        Strong,
        Code,
        U,
        S,
        Small,
        Span,
    }

    public static bool TryConvert(ReadOnlySpan<char> html, NormalizedTextBuilder output)
    {
        if (html.Contains('\0'))
        {
            return false;
        }
        // A fixed buffer, not stackalloc: a method that allocates on the stack skips the profile-guided tier of compilation.
        var stackBuffer = default(ElementStack);
        Span<Element> stack = stackBuffer;
        var depth = 0;
        var inline = 0; // inline elements open on top of the stack
        var afterPre = false;
        var i = 0;
        while (i < html.Length)
        {
            var next = html[i..].IndexOfAny('<', '&');
            var end = next < 0 ? html.Length : i + next;
            if (end > i)
            {
                var run = html[i..end];
                if (afterPre)
                {
                    // The tree builder drops one line feed right after <pre>.
                    run = run[0] == '\r' ? run[(run.Length > 1 && run[1] == '\n' ? 2 : 1)..] : run[0] == '\n' ? run[1..] : run;
                }
                output.Append(run);
                afterPre = false;
                i = end;
                continue;
            }
            if (html[i] == '&')
            {
                if (afterPre || !TryReference(html, ref i, output))
                {
                    return false;
                }
                continue;
            }

            // '<'
            afterPre = false;
            if (i + 1 >= html.Length)
            {
                output.Append('<');
                i++;
                continue;
            }
            var c = html[i + 1];
            var isEnd = c == '/';
            if (isEnd)
            {
                if (i + 2 >= html.Length)
                {
                    return false;
                }
                c = html[i + 2];
                if (c == '>')
                {
                    i += 3; // "</>" is dropped
                    continue;
                }
            }
            if (!char.IsAsciiLetter(c))
            {
                if (isEnd || c is '!' or '?')
                {
                    return false; // comments, doctypes, bogus comments
                }
                output.Append('<');
                i++;
                continue;
            }
            var nameStart = i + (isEnd ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && html[nameEnd] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
            {
                nameEnd++;
            }
            var tagEnd = SkipAttributes(html, nameEnd);
            if (tagEnd < 0 || Lookup(html[nameStart..nameEnd]) is not { } element)
            {
                return false;
            }
            i = tagEnd;
            if (isEnd ? !End(element, stack, ref depth, ref inline, output) : !Start(element, stack, ref depth, ref inline, output, out afterPre))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Start(Element element, Span<Element> stack, ref int depth, ref int inline, NormalizedTextBuilder output, out bool afterPre)
    {
        afterPre = false;
        if (depth >= stack.Length)
        {
            return false;
        }
        switch (element)
        {
            case Element.Br:
                output.NewLine();
                output.NewLine();
                return true;
            case >= Element.A:
                if (element == Element.A && stack[..depth].Contains(Element.A))
                {
                    return false; // a link inside a link: the adoption agency moves things around
                }
                stack[depth++] = element;
                inline++;
                return true;
        }
        if (inline > 0)
        {
            return false; // a block inside an inline element: the tree builder reparents
        }
        if (element == Element.Li)
        {
            // An open list item closes, unless a list or another block (other than div and p) lies between.
            for (var k = depth - 1; k >= 0; k--)
            {
                if (stack[k] == Element.Li)
                {
                    PopUntil(Element.Li, stack, ref depth, output);
                    break;
                }
                if (stack[k] is not (Element.P or Element.Div))
                {
                    break;
                }
            }
        }
        if (stack[..depth].Contains(Element.P))
        {
            PopUntil(Element.P, stack, ref depth, output);
        }
        if (element is >= Element.H1 and <= Element.H6 && depth > 0 && stack[depth - 1] is >= Element.H1 and <= Element.H6)
        {
            return false;
        }
        if (element == Element.Hr)
        {
            output.NewLine();
            output.NewLine();
            return true;
        }
        stack[depth++] = element;
        output.NewLine();
        if (element == Element.Li)
        {
            output.Append('-');
            output.Append(' ');
        }
        afterPre = element == Element.Pre;
        return true;
    }

    private static bool End(Element element, Span<Element> stack, ref int depth, ref int inline, NormalizedTextBuilder output)
    {
        if (element >= Element.A)
        {
            if (inline > 0 && stack[depth - 1] == element)
            {
                depth--;
                inline--;
                return true;
            }
            return false;
        }
        if (inline > 0 || element is Element.Br or Element.Hr)
        {
            return false;
        }
        if (element == Element.P && !stack[..depth].Contains(Element.P))
        {
            // "</p>" with no open paragraph makes an empty one.
            output.NewLine();
            output.NewLine();
            return true;
        }
        if (element is >= Element.H1 and <= Element.H6)
        {
            if (depth > 0 && stack[depth - 1] == element)
            {
                depth--;
                output.NewLine();
                return true;
            }
            return false;
        }
        for (var k = depth - 1; k >= 0; k--)
        {
            if (stack[k] == element)
            {
                PopUntil(element, stack, ref depth, output);
                return true;
            }
            if (element == Element.Li && stack[k] is Element.Ul or Element.Ol)
            {
                break; // list item scope
            }
        }
        return false; // a stray end tag
    }

    private static void PopUntil(Element element, Span<Element> stack, ref int depth, NormalizedTextBuilder output)
    {
        while (depth > 0)
        {
            var popped = stack[--depth];
            output.NewLine();
            if (popped == element)
            {
                return;
            }
        }
    }

    /// <summary>The index after the tag's closing '&gt;', reading attributes as the HTML tokenizer does; -1 at end of input.</summary>
    private static int SkipAttributes(ReadOnlySpan<char> html, int i)
    {
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '>')
            {
                return i + 1;
            }
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '/')
            {
                i++;
                continue;
            }
            // An attribute name (its first character may be '='), then an optional value.
            i++;
            while (i < html.Length && html[i] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>' or '='))
            {
                i++;
            }
            while (i < html.Length && html[i] is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                i++;
            }
            if (i >= html.Length || html[i] != '=')
            {
                continue;
            }
            i++;
            while (i < html.Length && html[i] is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                i++;
            }
            if (i >= html.Length)
            {
                return -1;
            }
            var quote = html[i];
            if (quote is '"' or '\'')
            {
                var close = html[(i + 1)..].IndexOf(quote);
                if (close < 0)
                {
                    return -1;
                }
                i += close + 2;
            }
            else
            {
                while (i < html.Length && html[i] is not (' ' or '\t' or '\n' or '\r' or '\f' or '>'))
                {
                    i++;
                }
            }
        }
        return -1;
    }

    /// <summary>
    /// Reads the character reference at <paramref name="i"/> ('&amp;'), writing what it stands for, or a literal '&amp;' when it
    /// is none; false when the full parser's reading could differ (a legacy name without ';', an odd number).
    /// </summary>
    private static bool TryReference(ReadOnlySpan<char> html, ref int i, NormalizedTextBuilder output)
    {
        var start = i + 1;
        if (start >= html.Length || html[start] is ' ' or '\t' or '\n' or '\r' or '\f' or '<' or '&')
        {
            output.Append('&');
            i = start;
            return true;
        }
        if (html[start] == '#')
        {
            return TryNumericReference(html, ref i, output);
        }
        var nameEnd = start;
        while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
        {
            nameEnd++;
        }
        var length = nameEnd - start;
        if (length > MaxReferenceName)
        {
            return false;
        }
        if (length == 0)
        {
            output.Append('&');
            i = start;
            return true;
        }
        if (nameEnd < html.Length && html[nameEnd] == ';')
        {
            if (CommonReference(html[start..nameEnd]) is { } common)
            {
                output.Append(common);
                i = nameEnd + 1;
                return true;
            }
            Span<char> name = stackalloc char[MaxReferenceName + 1];
            html[start..(nameEnd + 1)].CopyTo(name);
            if (HtmlEntityProvider.Resolver.GetSymbol(new string(name[..(length + 1)])) is { } symbol)
            {
                output.Append(symbol);
                i = nameEnd + 1;
                return true;
            }
        }
        // Without a known "name;", the parser still decodes a legacy name that starts the word ("&notit" is "¬it").
        for (var n = 1; n <= length; n++)
        {
            if (HtmlEntityProvider.Resolver.GetSymbol(new string(html.Slice(start, n))) is not null)
            {
                return false;
            }
        }
        output.Append('&');
        i = start;
        return true;
    }

    private static bool TryNumericReference(ReadOnlySpan<char> html, ref int i, NormalizedTextBuilder output)
    {
        var j = i + 2;
        var hex = j < html.Length && html[j] is 'x' or 'X';
        if (hex)
        {
            j++;
        }
        var digitsStart = j;
        var value = 0;
        while (j < html.Length && j - digitsStart < 7 && (hex ? char.IsAsciiHexDigit(html[j]) : char.IsAsciiDigit(html[j])))
        {
            var d = html[j];
            value = value * (hex ? 16 : 10) + (char.IsAsciiDigit(d) ? d - '0' : (d | 0x20) - 'a' + 10);
            j++;
        }
        if (j == digitsStart || j >= html.Length || html[j] != ';' || !Plain(value))
        {
            return false;
        }
        Span<char> chars = stackalloc char[2];
        var written = new Rune(value).EncodeToUtf16(chars);
        if (written == 1)
        {
            output.Append(chars[0]);
        }
        else
        {
            output.Append(chars[..written]);
        }
        i = j + 1;
        return true;
    }

    /// <summary>The references most postings use, without a lookup that allocates its key.</summary>
    private static char? CommonReference(ReadOnlySpan<char> name) => name switch
    {
        "amp" => '&',
        "quot" => '"',
        "lt" => '<',
        "gt" => '>',
        "apos" => '\'',
        "nbsp" => '\u00a0',
        _ => null,
    };

    /// <summary>A code point the parser passes through unchanged: no control characters, surrogates, or noncharacters.</summary>
    private static bool Plain(int value) =>
        value is >= 0x20 and < 0x7F or >= 0xA0 and < 0xD800 or >= 0xE000 and < 0xFDD0 or >= 0xFDF0 and <= 0x10FFFF &&
        (value & 0xFFFE) != 0xFFFE;

    private static Element? Lookup(ReadOnlySpan<char> name)
    {
        if (name.Length > 10 || !Ascii.IsValid(name))
        {
            return null;
        }
        Span<char> lower = stackalloc char[name.Length];
        Ascii.ToLower(name, lower, out _);
        return lower switch
        {
            "p" => Element.P,
            "pre" => Element.Pre,
            "li" => Element.Li,
            "ul" => Element.Ul,
            "ol" => Element.Ol,
            "div" => Element.Div,
            "section" => Element.Section,
            "article" => Element.Article,
            "header" => Element.Header,
            "footer" => Element.Footer,
            "blockquote" => Element.Blockquote,
            "h1" => Element.H1,
            "h2" => Element.H2,
            "h3" => Element.H3,
            "h4" => Element.H4,
            "h5" => Element.H5,
            "h6" => Element.H6,
            "br" => Element.Br,
            "hr" => Element.Hr,
            "a" => Element.A,
            "b" => Element.B,
            "i" => Element.I,
            "em" => Element.Em,
            "strong" => Element.Strong,
            "code" => Element.Code,
            "u" => Element.U,
            "s" => Element.S,
            "small" => Element.Small,
            "span" => Element.Span,
            _ => null,
        };
    }
}
