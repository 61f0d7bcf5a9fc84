using System.Net.Http.Json;
using System.Text.Json;

namespace RoleScope.Web.Tests;

/// <summary>Posting titles and text that hold markup are shown as text on every page, never parsed as HTML.</summary>
public sealed class SafeRenderingTests(WebAppFixture app)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Theory]
    [InlineData("/jobs?q=Evil")]
    [InlineData("/jobs?q=developer&workMode=remote")]
    [InlineData("/postings/hostile%3Ah1")]
    [InlineData("/postings/hostile%3Ah2")]
    public async Task Markup_in_postings_is_encoded(string url)
    {
        using var client = app.Client();
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.DoesNotContain("<script>window.__xss", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b onmouseover", html, StringComparison.OrdinalIgnoreCase);
        if (url.Contains("h1", StringComparison.Ordinal) || url.Contains("Evil", StringComparison.Ordinal))
        {
            Assert.Contains("&lt;script&gt;window.__xss", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_api_returns_the_markup_as_json_strings()
    {
        using var client = app.Client();
        var posting = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/postings/hostile:h1", UriKind.Relative), Ct);
        Assert.Equal(TestStore.HostileTitle, posting.GetProperty("extraction").GetProperty("title").GetString());
        Assert.Contains("onerror=", posting.GetProperty("text").GetString(), StringComparison.Ordinal);
        using var response = await client.GetAsync(new Uri("/api/postings/hostile:h1", UriKind.Relative), Ct);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Pages_forbid_inline_script()
    {
        using var client = app.Client();
        using var response = await client.GetAsync(new Uri("/jobs", UriKind.Relative), Ct);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
    }
}
