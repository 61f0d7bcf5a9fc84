using System.Globalization;
using System.Net;
using System.Text;

namespace RoleScope.Reports;

/// <summary>One row of a grouped horizontal bar chart: a label and one bar per series (null = no figure), with optional interval whiskers.</summary>
public sealed record BarRow(string Label, IReadOnlyList<BarValue?> Values);

public readonly record struct BarValue(double Value, double? Low = null, double? High = null);

/// <summary>A series of a bar chart: its name (legend) and colour.</summary>
public sealed record BarSeries(string Name, string Colour);

/// <summary>
/// Grouped horizontal bars as inline SVG. Written by hand rather than with a plotting library so that the same figures give the
/// same bytes on every machine (no font measurement, no native renderer): reports are snapshot-tested and must be reproducible.
/// The SVG scales to its container (viewBox, width 100%), so it reads on a phone.
/// </summary>
public static class SvgBarChart
{
    private const int Width = 640;
    private const int LabelWidth = 170;
    private const int ValueWidth = 78;
    private const int BarHeight = 11;
    private const int RowGap = 9;
    private const int Top = 34;
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    public static string Render(string title, IReadOnlyList<BarSeries> series, IReadOnlyList<BarRow> rows, Func<double, string> format)
    {
        var rowHeight = series.Count * BarHeight + RowGap;
        var height = Top + rows.Count * rowHeight + 8;
        var max = rows.SelectMany(r => r.Values).Where(v => v is not null).Select(v => Math.Max(v!.Value.Value, v.Value.High ?? 0)).DefaultIfEmpty(1).Max();
        max = max <= 0 ? 1 : max;
        var plot = Width - LabelWidth - ValueWidth;
        var svg = new StringBuilder();
        svg.Append(En, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" role=\"img\" aria-label=\"{Escape(title)}\" style=\"max-width:{Width}px;height:auto;font-family:system-ui,sans-serif;font-size:11px\">\n");
        svg.Append(En, $"<title>{Escape(title)}</title>\n");
        var x = LabelWidth;
        for (var s = 0; s < series.Count; s++)
        {
            svg.Append(En, $"<rect x=\"{x}\" y=\"8\" width=\"10\" height=\"10\" fill=\"{series[s].Colour}\"/><text x=\"{x + 14}\" y=\"17\">{Escape(series[s].Name)}</text>\n");
            x += 14 + 7 * series[s].Name.Length + 16;
        }
        var y = Top;
        foreach (var row in rows)
        {
            svg.Append(En, $"<text x=\"{LabelWidth - 6}\" y=\"{y + series.Count * BarHeight / 2.0 + 4:0.#}\" text-anchor=\"end\">{Escape(row.Label)}</text>\n");
            for (var s = 0; s < series.Count; s++)
            {
                var by = y + s * BarHeight;
                if (s < row.Values.Count && row.Values[s] is { } v)
                {
                    var w = Scale(v.Value, max, plot);
                    svg.Append(En, $"<rect x=\"{LabelWidth}\" y=\"{by}\" width=\"{w:0.#}\" height=\"{BarHeight - 2}\" fill=\"{series[s].Colour}\"/>");
                    if (v.Low is { } lo && v.High is { } hi)
                    {
                        var mid = by + (BarHeight - 2) / 2.0;
                        svg.Append(En, $"<line x1=\"{LabelWidth + Scale(lo, max, plot):0.#}\" x2=\"{LabelWidth + Scale(hi, max, plot):0.#}\" y1=\"{mid:0.#}\" y2=\"{mid:0.#}\" stroke=\"#111\" stroke-width=\"1\"/>");
                    }
                    svg.Append(En, $"<text x=\"{LabelWidth + Math.Max(w, v.High is { } h ? Scale(h, max, plot) : 0) + 4:0.#}\" y=\"{by + BarHeight - 3}\">{Escape(format(v.Value))}</text>\n");
                }
                else
                {
                    svg.Append(En, $"<text x=\"{LabelWidth + 2}\" y=\"{by + BarHeight - 3}\" fill=\"#777\">too few postings</text>\n");
                }
            }
            y += rowHeight;
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static double Scale(double value, double max, double plot) => Math.Max(0, value) / max * plot;

    private static string Escape(string s) => WebUtility.HtmlEncode(s);
}
