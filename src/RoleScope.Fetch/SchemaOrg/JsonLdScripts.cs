using System.Text.Json;
using AngleSharp.Html.Parser;

namespace RoleScope.Fetch.SchemaOrg;

/// <summary>The JSON-LD blocks of an HTML page (<c>&lt;script type="application/ld+json"&gt;</c>), or of a bare JSON-LD file.</summary>
internal static class JsonLdScripts
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    /// <summary>Parsed blocks, and the reason of each block that is not valid JSON (pages carry broken blocks beside good ones).</summary>
    public static (List<JsonDocument> Blocks, List<string> Errors) Read(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var blocks = new List<JsonDocument>();
        var errors = new List<string>();
        var trimmed = content.AsSpan().TrimStart();
        if (trimmed.Length > 0 && trimmed[0] is '{' or '[')
        {
            Parse(content, blocks, errors);
            return (blocks, errors);
        }
        var document = new HtmlParser().ParseDocument(content);
        foreach (var script in document.QuerySelectorAll("script"))
        {
            var type = script.GetAttribute("type");
            if (type is not null && type.Split(';')[0].Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                Parse(Unwrap(script.TextContent), blocks, errors);
            }
        }
        return (blocks, errors);
    }

    private static void Parse(string json, List<JsonDocument> blocks, List<string> errors)
    {
        try
        {
            blocks.Add(JsonDocument.Parse(json, Options));
        }
        catch (JsonException e)
        {
            errors.Add("malformed JSON-LD: " + e.Message);
        }
    }

    /// <summary>Some CMSs wrap the block in a CDATA section or an HTML comment.</summary>
    private static string Unwrap(string text)
    {
        var t = text.Trim();
        foreach (var (open, close) in new[] { ("<![CDATA[", "]]>"), ("<!--", "-->") })
        {
            if (t.StartsWith(open, StringComparison.Ordinal) && t.EndsWith(close, StringComparison.Ordinal))
            {
                t = t[open.Length..^close.Length].Trim();
            }
        }
        return t;
    }
}
