using System.Net;
using System.Text;

namespace RoleScope.Reports;

/// <summary>A report as one self-contained HTML file: inline CSS and SVG, no scripts, no external resources; readable on a phone.</summary>
public static class HtmlReport
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.5;max-width:46rem;margin:0 auto;padding:1rem;color:#111}
        h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.25rem;margin-top:2rem}
        .table{overflow-x:auto;-webkit-overflow-scrolling:touch}
        table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem;min-width:100%}
        th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
        th{background:#f5f5f5}figure{margin:1rem 0}figcaption{font-size:.85rem;color:#555}
        .note{background:#fff7d6;padding:.5rem .75rem;border-radius:4px}
        """;

    public static string Render(ReportInput input)
    {
        var (title, blocks) = ComparisonArticle.Build(input);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n<article>\n");
        html.Append("<h1>").Append(E(title)).Append("</h1>\n");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading h:
                    html.Append("<h").Append(h.Level).Append('>').Append(E(h.Text)).Append("</h").Append(h.Level).Append(">\n");
                    break;
                case Paragraph p:
                    html.Append(p.Text.StartsWith("Note: ", StringComparison.Ordinal) ? "<p class=\"note\">" : "<p>").Append(E(p.Text)).Append("</p>\n");
                    break;
                case Bullets b:
                    html.Append("<ul>\n");
                    foreach (var item in b.Items)
                    {
                        html.Append("<li>").Append(E(item)).Append("</li>\n");
                    }
                    html.Append("</ul>\n");
                    break;
                case TableBlock t:
                    html.Append("<div class=\"table\"><table>\n<thead><tr>");
                    foreach (var header in t.Headers)
                    {
                        html.Append("<th>").Append(E(header)).Append("</th>");
                    }
                    html.Append("</tr></thead>\n<tbody>\n");
                    foreach (var row in t.Rows)
                    {
                        html.Append("<tr>");
                        foreach (var cell in row)
                        {
                            html.Append("<td>").Append(E(cell)).Append("</td>");
                        }
                        html.Append("</tr>\n");
                    }
                    html.Append("</tbody>\n</table></div>\n");
                    break;
                case Chart c:
                    html.Append("<figure>\n").Append(c.Svg).Append("\n<figcaption>").Append(E(c.Caption)).Append("</figcaption>\n</figure>\n");
                    break;
                default:
                    throw new InvalidOperationException($"No HTML for {block.GetType().Name}.");
            }
        }
        html.Append("</article>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
