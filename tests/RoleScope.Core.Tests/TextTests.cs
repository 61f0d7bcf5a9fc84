using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;
using RoleScope.Core.Text;

namespace RoleScope.Core.Tests;

/// <summary>Tokenizer, PlainText and PostingText: the text every extractor and every evidence span works on.</summary>
public sealed class TextTests
{
    [Fact]
    public void Tokens_are_words_or_single_symbols_and_know_their_adjacency()
    {
        const string text = "C# and C #, Node.js";

        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(["C", "#", "and", "C", "#", ",", "Node", ".", "js"], tokens.Select(t => text[t.Start..t.End]));
        Assert.Equal([false, true, false, false, false, true, false, true, true], tokens.Select(t => t.Joined));
        Assert.Equal([true, false, true, true, false, false, true, false, true], tokens.Select(t => t.IsWord));
    }

    [Fact]
    public void Letters_with_diacritics_and_digits_stay_in_one_word()
    {
        const string text = "Kraków ES2015 naïve";

        Assert.Equal(["Kraków", "ES2015", "naïve"], Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]));
    }

    [Fact]
    public void An_emoji_is_one_symbol_token()
    {
        const string text = "Remote \U0001F30D ok";

        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(3, tokens.Count);
        Assert.Equal("\U0001F30D", text[tokens[1].Start..tokens[1].End]);
    }

    [Fact]
    public void Plain_text_trims_lines_and_keeps_one_blank_line()
    {
        Assert.Equal("a b\n\nc", PlainText.Normalize("  a \t b \r\n\r\n\r\n   c  "));
    }

    [Fact]
    public void A_titled_posting_puts_title_location_and_body_in_that_order()
    {
        var posting = PostingText.From(new RawPosting
        {
            Id = "1",
            Title = "Senior Backend Engineer",
            Location = "Berlin, Germany",
            Description = "<p>We build &amp; ship.</p>",
        });

        Assert.Equal("Senior Backend Engineer\n\nBerlin, Germany\n\nWe build & ship.", posting.Text);
        Assert.True(posting.HasTitle);
        Assert.Equal("Senior Backend Engineer", posting.HeaderText.ToString());
        Assert.Equal("Berlin, Germany", posting.Text.Substring(posting.Location.Start, posting.Location.Length));
    }

    [Fact]
    public void An_untitled_posting_takes_its_first_line_as_the_header()
    {
        var posting = PostingText.From(new RawPosting { Id = "1", Description = "Acme | Backend Engineer | Remote<p>We build payroll tools." });

        Assert.False(posting.HasTitle);
        Assert.Equal("Acme | Backend Engineer | Remote", posting.HeaderText.ToString());
    }

    [Theory]
    [InlineData("<p></p>", "Berlin, Germany")]
    [InlineData("</[7 MS Senior3}+ lakh* office1W:+, TX1({BU, TXDS}", "(")] // "</[" opens a bogus comment that runs to the end
    public void A_description_of_markup_only_leaves_an_empty_header_inside_the_text(string description, string location)
    {
        var raw = new RawPosting { Id = "1", Description = description, Location = location };
        var posting = PostingText.From(raw);

        Assert.True(posting.Header.Start + posting.Header.Length <= posting.Text.Length);
        Assert.Equal(location.Contains("Germany") ? ["DE"] : [], ExtractionPipeline.Default.Extract(raw).Countries);
    }

    [Fact]
    public void The_tokenizer_classes_every_character_as_whitespace_and_letters_or_digits_say()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var expected = char.IsWhiteSpace(c) ? Tokenizer.Space : char.IsLetterOrDigit(c) ? Tokenizer.Word : Tokenizer.Symbol;
            Assert.True(expected == Tokenizer.KindOf(c), $"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void Word_hashes_fold_ascii_case_and_tell_every_other_ascii_character_apart()
    {
        // Every pair of ASCII characters at every position of a four-character step and of the tail after it: equal hashes
        // exactly when ordinal-ignore-case comparison calls the words equal.
        foreach (var template in new[] { "Xy9_", "Xy9_Q", "Xy9_Q.z" })
        {
            for (var position = 0; position < template.Length; position++)
            {
                for (var c = 0; c < 128; c++)
                {
                    for (var d = c + 1; d < 128; d++)
                    {
                        var a = Replaced(template, position, (char)c);
                        var b = Replaced(template, position, (char)d);
                        var same = string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
                        Assert.True(same == (Token.HashOf(a) == Token.HashOf(b)), $"{Escaped(a)} and {Escaped(b)}");
                    }
                }
            }
        }
        Assert.Equal(Token.HashOf("Straße"), Token.HashOf("STRAßE"));
        Assert.Equal(Token.HashOf("Zürich"), Token.HashOf("zürich"));
        Assert.NotEqual(0, Token.HashOf(""));
    }

    [Fact]
    public void Every_token_of_every_hn_posting_carries_the_hash_of_its_characters()
    {
        // The tokenizer folds a word's hash in as it scans it (a table for ASCII); Token.HashOf is the plain definition.
        foreach (var text in RepositoryData.HnTexts().Select(HtmlToText.Convert))
        {
            foreach (var token in Tokenizer.Tokenize(text))
            {
                Assert.True(Token.HashOf(token.Span(text)) == token.Hash, $"{Escaped(token.Span(text).ToString())} in {Escaped(text)}");
            }
        }
        Assert.Equal(Token.HashOf("Zürich"), Tokenizer.Tokenize("zÜRICH")[0].Hash);
        Assert.Equal(Token.HashOf("a1Z"), Tokenizer.Tokenize("  A1z.")[0].Hash);
    }

    private static string Escaped(string text) => string.Concat(text.Select(c => c is >= ' ' and < '\u007f' ? c.ToString() : $"\\u{(int)c:x4}"));

    private static string Replaced(string template, int position, char c) => string.Concat(template.AsSpan(0, position), [c], template.AsSpan(position + 1));

    /// <summary>Pieces of random texts: words, ASCII and other spaces, line breaks of every kind, control and non-ASCII characters.</summary>
    private static readonly string[] Pieces =
        ["word", "a", "C#", ".", " ", " ", "  ", "   ", "\n", "\r\n", "\r", "\t", "\u00a0", "\u2028", "\u2029", "\u0001", "é", "日本", "😀", "\f"];

    [Fact]
    public void Normalisation_agrees_with_its_rules_read_one_character_at_a_time()
    {
        var random = new Random(20261206);
        for (var n = 0; n < 20_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 16)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            Assert.True(NormalizedByRule(text) == PlainText.Normalize(text), $"text \"{text}\"");
        }
    }

    [Fact]
    public void Writing_one_character_at_a_time_agrees_with_the_rules()
    {
        // Append(char) writes a character that is neither whitespace nor a control character without Append(span)'s searches.
        var random = new Random(20261207);
        var texts = Enumerable.Range(0, 20_000)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(0, 16)).Select(_ => Pieces[random.Next(Pieces.Length)])))
            .Concat(RepositoryData.HnTexts().Take(500));
        foreach (var text in texts)
        {
            var plain = text.Replace("\r\n", "\n").Replace('\r', '\n'); // Append(char) takes no '\r'
            var output = NormalizedTextBuilder.ForThread();
            foreach (var c in plain)
            {
                output.Append(c);
            }
            Assert.True(NormalizedByRule(plain) == output.ToString(), $"text \"{plain}\"");
        }
    }

    /// <summary>
    /// The rules, one character at a time: "\r\n", a lone "\r", U+2028 and U+2029 break lines; other whitespace and control
    /// characters are spaces; a run of spaces is one, lines are trimmed, and there is at most one blank line.
    /// </summary>
    private static string NormalizedByRule(string text)
    {
        var output = new System.Text.StringBuilder();
        var pendingSpace = false;
        var newlines = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                pendingSpace = false;
                newlines++;
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = true;
            }
            else
            {
                if (output.Length > 0)
                {
                    output.Append(newlines > 1 ? "\n\n" : newlines == 1 ? "\n" : pendingSpace ? " " : "");
                }
                newlines = 0;
                pendingSpace = false;
                output.Append(c);
            }
        }
        return output.ToString();
    }
}
