using RoleScope.Core.Text;

namespace RoleScope.Core.Tests;

/// <summary>
/// The streaming HTML converter must give exactly the text of the AngleSharp DOM walk (the reference), or decline and leave
/// the posting to the DOM; evidence offsets and every extracted field depend on the text being the same to the character.
/// </summary>
public sealed class HtmlToTextEquivalenceTests
{
    private static string Reference(string html) => PlainText.Normalize(HtmlToText.DomText(html));

    private static bool Streams(string html)
    {
        var output = NormalizedTextBuilder.ForThread();
        return SimpleHtmlConverter.TryConvert(html, output);
    }

    [Theory]
    [InlineData("Acme | Engineer | Remote<p>We build things.<p>Apply<br>now")]
    [InlineData("text</p>more")]
    [InlineData("<p>one</p><p>two</p>")]
    [InlineData("<p>a<ul><li>x<li>y</ul>b")]
    [InlineData("<ul><li><p>x</p><li>y</li></ul>")]
    [InlineData("<ol>\n  <li>first</li>\n  <li>second\n</ol>")]
    [InlineData("<pre>\nline one\n  two</pre>after")]
    [InlineData("<pre>\r\nline</pre>")]
    [InlineData("<pre><code>x = 1\ny = 2</code></pre>")]
    [InlineData("<p>Use <a href=\"https://x.example/?a=1&b=2\" rel=\"nofollow\">https:&#x2F;&#x2F;x.example</a> &amp; <i>more</i></p>")]
    [InlineData("<P CLASS=x>Upper</P><BR/>case")]
    [InlineData("<div><h2>Title</h2><div>body <strong>bold</strong></div></div><hr>end")]
    [InlineData("<h1>a</h1><h2>b</h3>c")]
    [InlineData("5 < 6, a<b, <3 and R&D, AT&T, Q&A; &notit; &not &copy2023 &amp &ampx; &#39; &#x27; &#0; &#x80; &#; &#xZZ; &bogus;")]
    [InlineData("&nbsp;&NewLine;&Tab;x&nGt;&hellip;&mdash;")]
    [InlineData("<a href='x'>one</a><a href=y>two</a><a title=\"a>b\">three</a>")]
    [InlineData("<a>x<a>y</a>")]
    [InlineData("<b><p>x</b>y</p>")]
    [InlineData("<i>a<b>b</i>c</b>")]
    [InlineData("</li>x</ul>y</div>")]
    [InlineData("<!-- c -->x<!DOCTYPE html><?php ?>")]
    [InlineData("<script>var remote = 1;</script><style>p{}</style><title>t</title>x")]
    [InlineData("<table><tr><td>a</td></tr></table>")]
    [InlineData("<unknown>x</unknown>")]
    [InlineData("x <p")]
    [InlineData("x <a href=\"y")]
    [InlineData("<p>a\u00a0b\u2028c\r\nd\re\tf</p>")]
    [InlineData("</>x</ p>")]
    [InlineData("<li>a<li>b")]
    [InlineData("<div><li>a<div><li>b</div></div>")]
    [InlineData("<span>a<p>b</span>c")]
    [InlineData("<p>a<span>b</span></p>")]
    public void Streaming_conversion_equals_the_dom_or_declines(string html)
    {
        Assert.Equal(Reference(html), HtmlToText.Convert(html));
    }

    [Fact]
    public void Simple_markup_streams_and_odd_markup_declines()
    {
        Assert.True(Streams("Acme | Engineer<p>Text <a href=\"https://x\">link</a>.<p><pre><code>code</code></pre><ul><li>a</li></ul>"));
        Assert.False(Streams("<table><tr><td>a</td></tr></table>"));
        Assert.False(Streams("<b><p>x</b>y</p>"));
        Assert.False(Streams("&notit;"));
    }

    [Fact]
    public void Every_hn_posting_converts_as_the_dom_does_and_nearly_all_stream()
    {
        var texts = RepositoryData.HnTexts();
        var streamed = 0;
        foreach (var html in texts)
        {
            Assert.Equal(Reference(html), HtmlToText.Convert(html));
            streamed += Streams(html) ? 1 : 0;
        }
        Assert.True(texts.Count > 2000, $"{texts.Count} HN postings read");
        Assert.True(streamed >= texts.Count * 0.99, $"{streamed} of {texts.Count} streamed");
    }

    [Fact]
    public void Every_golden_posting_converts_as_the_dom_does()
    {
        foreach (var html in RepositoryData.GoldenDescriptions())
        {
            Assert.Equal(Reference(html), HtmlToText.Convert(html));
        }
    }
}
