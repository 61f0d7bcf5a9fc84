using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace RoleScope.Web.Tests;

/// <summary>The five pages in headless Chromium against the app on a real port; screenshots go to bin/.../screenshots.</summary>
public sealed class BrowserTests(WebAppFixture app, BrowserFixture browser)
{
    private async Task<IPage> Open(string path, int width = 1280, int height = 900)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = app.BaseAddress.GetLeftPart(UriPartial.Authority) });
        var page = await context.NewPageAsync();
        // Any dialog (alert from injected script) fails the test.
        page.Dialog += (_, d) => throw new InvalidOperationException("a dialog opened: " + d.Message);
        await page.GotoAsync(path);
        return page;
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });

    private static int Number(string text) => int.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private async Task<int> ApiTotal(string query)
    {
        using var client = app.Client();
        var page = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/postings?" + query, UriKind.Relative));
        return page.GetProperty("total").GetInt32();
    }

    [Fact]
    public async Task Jobs_filter_by_a_skill_updates_results_counts_and_url_without_a_reload()
    {
        var page = await Open("/jobs");
        var before = Number(await page.Locator("#total").InnerTextAsync());
        Assert.Equal(app.Postings.Count, before);
        await page.EvaluateAsync("window.__sameDocument = true");
        await page.FillAsync("#skill", "Kafka");
        await page.DispatchEventAsync("#skill", "change");
        var kafka = await ApiTotal("skill=Kafka");
        await Assertions.Expect(page.Locator("#total")).ToHaveTextAsync(kafka.ToString("N0", CultureInfo.InvariantCulture));
        Assert.True(await page.EvaluateAsync<bool>("window.__sameDocument === true"), "the page reloaded");
        Assert.Contains("skill=Kafka", page.Url, StringComparison.Ordinal);
        // Facet counts follow the filter: the backend option shows the count of Kafka postings in backend.
        var backend = await ApiTotal("skill=Kafka&family=backend");
        await Assertions.Expect(page.Locator("#family option[value=backend]")).ToHaveTextAsync($"backend ({backend.ToString("N0", CultureInfo.InvariantCulture)})");
        await page.SelectOptionAsync("#family", "backend");
        await Assertions.Expect(page.Locator("#total")).ToHaveTextAsync(backend.ToString("N0", CultureInfo.InvariantCulture));
        await Shot(page, "jobs-kafka-backend");

        // The URL carries the state: opening it fresh shows the same results.
        var shared = await Open(new Uri(page.Url).PathAndQuery);
        await Assertions.Expect(shared.Locator("#total")).ToHaveTextAsync(backend.ToString("N0", CultureInfo.InvariantCulture));
        Assert.Equal("backend", await shared.Locator("#family").InputValueAsync());
    }

    [Fact]
    public async Task Jobs_sort_and_pages()
    {
        var page = await Open("/jobs?sort=salary");
        await page.ClickAsync("#pager a[rel=next]");
        await Assertions.Expect(page.Locator("#page-info")).ToContainTextAsync("Page 2 of");
        Assert.Contains("page=2", page.Url, StringComparison.Ordinal);
        Assert.Contains("sort=salary", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_posting_shows_its_highlights()
    {
        var posting = app.Postings.First(p => p.Posting.Salaries.Count > 0 && p.Posting.Skills.Count > 2 && p.Posting.WorkMode != Core.Domain.WorkMode.Unknown);
        var page = await Open("/jobs");
        await page.GotoAsync("/postings/" + Uri.EscapeDataString($"{posting.Source}:{posting.Posting.Id}"));
        var skills = await page.Locator("#posting-text mark[data-field=skills]").AllInnerTextsAsync();
        Assert.NotEmpty(skills);
        Assert.True(await page.Locator("#posting-text mark[data-field=salaries]").CountAsync() > 0);
        Assert.True(await page.Locator("#posting-text mark[data-field=work_mode]").CountAsync() > 0);
        var titles = await page.Locator("#posting-text mark[data-field=skills]").EvaluateAllAsync<string[]>("ms => ms.map(m => m.title.slice(8))");
        Assert.Subset(posting.Posting.Skills.ToHashSet(), titles.ToHashSet());
        await Shot(page, "posting-highlights");
    }

    [Fact]
    public async Task A_salary_check_places_the_offer_and_copies_the_email()
    {
        var page = await Open("/salary");
        await page.SelectOptionAsync("#family", "backend");
        await page.FillAsync("#country", "US");
        await page.FillAsync("#offer", "150000");
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("#position")).ToContainTextAsync("percentile");
        Assert.True(await page.Locator("svg[role=img] rect").CountAsync() >= 5);
        await page.ClickAsync("#copy-email");
        await Assertions.Expect(page.Locator("#copy-status")).ToHaveTextAsync("Copied to the clipboard.");
        var copied = await page.EvaluateAsync<string>("navigator.clipboard.readText()");
        Assert.Equal(await page.Locator("#email").InputValueAsync(), copied);
        Assert.Contains("$150,000", copied, StringComparison.Ordinal);
        await Shot(page, "salary-check");
    }

    [Fact]
    public async Task Compare_two_families()
    {
        var page = await Open("/compare");
        await page.SelectOptionAsync("#a", "data");
        await page.SelectOptionAsync("#b", "ml");
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("#compare-table thead th")).ToHaveTextAsync(["Figure", "Data", "ML/AI"]);
        Assert.True(await page.Locator(".findings li").CountAsync() > 0);
        Assert.Equal(2, await page.Locator(".charts svg").CountAsync());
        await Shot(page, "compare-data-ml");
    }

    [Fact]
    public async Task Career_move_from_pasted_skills()
    {
        var page = await Open("/career");
        await page.FillAsync("#skills", "Python, SQL");
        await page.SelectOptionAsync("#to", "ml");
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("#fit")).ToContainTextAsync("Fit:");
        Assert.True(await page.Locator("#missing tbody tr").CountAsync() > 0);
        await Shot(page, "career-move");
    }

    [Theory]
    [InlineData("/jobs?q=Evil")]
    [InlineData("/postings/hostile%3Ah1")]
    [InlineData("/postings/hostile%3Ah2")]
    public async Task Hostile_postings_run_no_script(string path)
    {
        var page = await Open(path);
        if (path.StartsWith("/jobs", StringComparison.Ordinal))
        {
            // Also through the live filter, which renders API results in the browser.
            await page.FillAsync("#q", "Kafka Evil");
            await page.DispatchEventAsync("#q", "change");
            await Assertions.Expect(page.Locator("#job-list")).ToContainTextAsync("<script>window.__xss");
        }
        else
        {
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("onerror=");
        }
        Assert.Null(await page.EvaluateAsync<string?>("window.__xss ?? null"));
        Assert.Equal(0, await page.Locator("main img, main script:not([src]), main b[onmouseover]").CountAsync());
    }

    [Theory]
    [InlineData("/jobs")]
    [InlineData("/compare")]
    [InlineData("/salary?family=backend&offer=150000")]
    [InlineData("/career?from=backend&to=ml")]
    public async Task Pages_fit_a_phone_and_have_landmarks(string path)
    {
        var page = await Open(path, width: 390, height: 844);
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 1, $"{path} scrolls sideways by {overflow}px at 390px");
        Assert.Equal(1, await page.Locator("main").CountAsync());
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.Equal(1, await page.Locator("nav[aria-label=Main]").CountAsync());
        var unlabelled = await page.EvaluateAsync<int>(
            "[...document.querySelectorAll('main input, main select, main textarea')].filter(e => e.type !== 'hidden' && !(e.labels && e.labels.length)).length");
        Assert.Equal(0, unlabelled);
        await Shot(page, "phone" + path.Split('?')[0].Replace('/', '-'));
    }
}
