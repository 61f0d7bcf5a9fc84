using RoleScope.Core.Text;

namespace RoleScope.Core.Tests;

public sealed class HtmlToTextTests
{
    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Decodes_entities_and_drops_tags()
    {
        var text = HtmlToText.Convert("We build &amp; ship <b>fast</b> &mdash; in C&#x23; and F&#35;. Salary &#x24;150k&ndash;&#36;180k, &euro;, &pound;.");

        Assert.Equal("We build & ship fast \u2014 in C# and F#. Salary $150k\u2013$180k, \u20ac, \u00a3.", text);
    }

    [Fact]
    public void Paragraphs_and_breaks_start_new_lines()
    {
        var text = HtmlToText.Convert("Acme | Backend Engineer | Remote<p>We build payroll tools.<p>Apply today.<br>Thanks");

        Assert.Equal(["Acme | Backend Engineer | Remote", "We build payroll tools.", "Apply today.", "Thanks"], Lines(text));
        Assert.StartsWith("Acme | Backend Engineer | Remote\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void List_items_become_dash_lines()
    {
        var text = HtmlToText.Convert("<p>Requirements:</p><ul><li>Go</li><li>PostgreSQL &amp; Redis</li></ul>");

        Assert.Equal(["Requirements:", "- Go", "- PostgreSQL & Redis"], Lines(text));
    }

    [Fact]
    public void Scripts_and_styles_are_dropped()
    {
        var text = HtmlToText.Convert("<style>p { color: red }</style><script>alert('remote')</script><p>Hello</p>");

        Assert.Equal("Hello", text);
    }

    [Fact]
    public void Links_keep_their_text_and_lose_their_markup()
    {
        var text = HtmlToText.Convert("<a href=\"https://acme.example/jobs\" rel=\"nofollow\">apply here</a> or mail jobs&#x40;acme.example");

        Assert.Equal("apply here or mail jobs@acme.example", text);
    }

    [Fact]
    public void Inline_elements_do_not_split_words()
    {
        Assert.Equal("emphasis and C#", HtmlToText.Convert("<i>emph</i>asis and <code>C#</code>"));
    }

    [Fact]
    public void Whitespace_is_collapsed_and_blank_lines_kept_to_one()
    {
        var text = HtmlToText.Convert("Line   one<br><br><br><br>line\u00a0\u00a0two\twith   spaces");

        Assert.Equal("Line one\n\nline two with spaces", text);
    }

    [Fact]
    public void Plain_text_passes_through_normalised()
    {
        Assert.Equal("plain text, no markup\nsecond line", HtmlToText.Convert("  plain   text, no markup \n second line  "));
        Assert.False(HtmlToText.LooksLikeHtml("plain text, no markup"));
    }

    [Fact]
    public void A_lone_ampersand_or_angle_bracket_survives()
    {
        Assert.Equal("5 < 6 and AT&T", HtmlToText.Convert("5 < 6 and AT&T"));
    }
}
