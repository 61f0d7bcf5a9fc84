using System.Text;

namespace RoleScope.Reports;

/// <summary>A report as Markdown; charts are inline SVG images (data URIs), their figures are in the tables beside them.</summary>
public static class MarkdownReport
{
    public static string Render(ReportInput input)
    {
        var (title, blocks) = ComparisonArticle.Build(input);
        var md = new StringBuilder();
        md.Append("# ").Append(title).Append("\n\n");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading h:
                    md.Append(new string('#', h.Level)).Append(' ').Append(h.Text).Append("\n\n");
                    break;
                case Paragraph p:
                    md.Append(Escape(p.Text)).Append("\n\n");
                    break;
                case Bullets b:
                    foreach (var item in b.Items)
                    {
                        md.Append("- ").Append(Escape(item)).Append('\n');
                    }
                    md.Append('\n');
                    break;
                case TableBlock t:
                    md.Append("| ").Append(string.Join(" | ", t.Headers.Select(Cell))).Append(" |\n");
                    md.Append('|').Append(string.Concat(t.Headers.Select(_ => "---|"))).Append('\n');
                    foreach (var row in t.Rows)
                    {
                        md.Append("| ").Append(string.Join(" | ", row.Select(Cell))).Append(" |\n");
                    }
                    md.Append('\n');
                    break;
                case Chart c:
                    md.Append("![").Append(Escape(c.Caption)).Append("](data:image/svg+xml;base64,")
                        .Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(c.Svg))).Append(")\n\n*").Append(Escape(c.Caption)).Append("*\n\n");
                    break;
                default:
                    throw new InvalidOperationException($"No Markdown for {block.GetType().Name}.");
            }
        }
        return md.ToString().TrimEnd('\n') + "\n";
    }

    private static string Cell(string s) => Escape(s).Replace("|", "\\|", StringComparison.Ordinal);

    // Only the characters that would start Markdown syntax mid-text; the figures' "$" and "%" are left as written.
    private static string Escape(string s) => s.Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
