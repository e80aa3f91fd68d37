// The drawn parts of the HTML report: the outlet-by-outlet matrix, the
// charts of figures over time (inline SVG, no script needed) and the view
// of each document with its claims marked.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "absl/strings/str_cat.h"
#include "engine/compare/explain.h"
#include "engine/compare/time_frame.h"
#include "reports/html_parts.h"

namespace sangati {
namespace {

constexpr size_t kMaxMatrixOutlets = 30;
constexpr size_t kChartSeries = 8;  // colours s0..s7 in report.css

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// The figure a chart plots for a quantity: the midpoint of a closed
// interval, else its finite end.
std::optional<double> PlotValue(const Claim& c) {
  const auto* q = std::get_if<Quantity>(&c.value);
  if (q == nullptr) return std::nullopt;
  if (q->min && q->max) return (*q->min + *q->max) / 2;
  if (q->min) return *q->min;
  if (q->max) return *q->max;
  return std::nullopt;
}

}  // namespace

void AppendOutletMatrix(const HtmlContext& ctx, std::string* out) {
  const std::vector<Finding>& findings = *ctx.report.findings;
  // agree[a][b], contra[a][b] for outlet indices, a != b.
  std::map<std::pair<size_t, size_t>, std::pair<int, int>> cells;
  std::map<size_t, int> weight;
  for (const Finding& f : findings) {
    // Agreements and contradictions count; in an update, outlets that gave
    // the same figure agree, and different figures are no contradiction.
    const bool contradiction = f.verdict == "contradiction";
    if (!contradiction && f.verdict != "agreement" && f.verdict != "update") continue;
    // outlet -> positions it holds (settled positions only).
    std::map<size_t, std::set<size_t>> held;
    for (size_t p = 0; p < f.positions.size(); ++p) {
      if (f.positions[p].stance == "hedged") continue;
      for (size_t i : f.positions[p].claims) held[ctx.OutletOfClaim(i)].insert(p);
    }
    for (auto a = held.begin(); a != held.end(); ++a) {
      ++weight[a->first];
      for (auto b = std::next(a); b != held.end(); ++b) {
        bool shared = false, differ = false;
        for (size_t pa : a->second) {
          for (size_t pb : b->second) (pa == pb ? shared : differ) = true;
        }
        auto& cell = cells[{a->first, b->first}];
        if (shared) ++cell.first;
        if (differ && contradiction) ++cell.second;
      }
    }
  }
  out->append("<section id=\"matrix\"><h2>Outlets: agreements and contradictions</h2>\n");
  if (weight.size() < 2) {
    out->append("<p class=\"muted\">Fewer than two outlets share a topic.</p></section>\n");
    return;
  }
  std::vector<size_t> shown;
  for (const auto& [o, w] : weight) shown.push_back(o);
  std::stable_sort(shown.begin(), shown.end(),
                   [&](size_t a, size_t b) { return weight[a] > weight[b]; });
  size_t hidden = 0;
  if (shown.size() > kMaxMatrixOutlets) {
    hidden = shown.size() - kMaxMatrixOutlets;
    shown.resize(kMaxMatrixOutlets);
  }
  out->append("<p class=\"muted\">Each cell counts the topics two outlets both spoke of: "
              "<span class=\"ok\">✓ agreed</span>, <span class=\"bad\">✗ contradicted</span>. "
              "Hedged claims are left out.</p>\n<div class=\"matrix-wrap\"><table class=\"matrix\">"
              "<thead><tr><th></th>");
  for (size_t o : shown) {
    out->append("<th scope=\"col\">");
    Put(out, ctx.outlets[o]);
    out->append("</th>");
  }
  out->append("</tr></thead><tbody>\n");
  for (size_t a : shown) {
    absl::StrAppend(out, "<tr><th scope=\"row\" class=\"row\" data-outlet=\"o", a, "\">");
    Put(out, ctx.outlets[a]);
    out->append("</th>");
    for (size_t b : shown) {
      if (a == b) {
        out->append("<td class=\"m-self\">—</td>");
        continue;
      }
      auto it = cells.find({std::min(a, b), std::max(a, b)});
      int agree = it == cells.end() ? 0 : it->second.first;
      int contra = it == cells.end() ? 0 : it->second.second;
      const char* cls = contra && agree ? "m-mixed" : contra ? "m-contra" : agree ? "m-agree" : "";
      absl::StrAppend(out, "<td class=\"", cls, "\">");
      if (agree) absl::StrAppend(out, "<span class=\"ok\">✓", agree, "</span> ");
      if (contra) absl::StrAppend(out, "<span class=\"bad\">✗", contra, "</span>");
      out->append("</td>");
    }
    out->append("</tr>\n");
  }
  out->append("</tbody></table></div>\n");
  if (hidden) absl::StrAppend(out, "<p class=\"muted\">", hidden, " more outlets not shown.</p>\n");
  out->append("</section>\n");
}

size_t AppendCharts(const HtmlContext& ctx, std::string* out) {
  const std::vector<Finding>& findings = *ctx.report.findings;
  std::string charts;
  size_t drawn = 0;
  for (const Finding& f : findings) {
    if (f.kind != "quantity") continue;
    // outlet -> (day, value) points of its settled claims.
    std::map<size_t, std::vector<std::pair<int64_t, double>>> series;
    std::set<int64_t> days;
    double top = 0;
    for (size_t i : f.claims) {
      const Claim& c = (*ctx.report.claims)[i];
      if (c.modality != Modality::kAsserted) continue;
      const Document& doc = ctx.DocOf(i);
      std::optional<DayRange> day = doc.published ? ParseIsoDays(*doc.published) : std::nullopt;
      std::optional<double> v = PlotValue(c);
      if (!day || !v || !std::isfinite(*v)) continue;
      series[ctx.OutletOfClaim(i)].push_back({day->first, *v});
      days.insert(day->first);
      top = std::max(top, *v);
    }
    if (days.size() < 2 || top <= 0) continue;
    ++drawn;
    constexpr double kW = 420, kH = 210, kLeft = 56, kRight = 12, kTop = 14, kBottom = 46;
    const int64_t d0 = *days.begin(), d1 = *days.rbegin();
    const double ymax = top * 1.1;
    auto x = [&](int64_t d) { return kLeft + (kW - kLeft - kRight) * double(d - d0) / double(d1 - d0); };
    auto y = [&](double v) { return kTop + (kH - kTop - kBottom) * (1 - v / ymax); };
    charts.append("<figure class=\"chart\"><figcaption><a href=\"#");
    Put(&charts, f.id);
    charts.append("\">");
    Put(&charts, f.id);
    charts.append("</a> ");
    Put(&charts, f.topic);
    charts.append(" (");
    Put(&charts, f.verdict);
    charts.append(")</figcaption>\n");
    absl::StrAppend(&charts, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ", kW, " ",
                    kH, "\" width=\"", kW, "\" height=\"", kH, "\" role=\"img\" aria-label=\"");
    Put(&charts, f.topic);
    charts.append(" by outlet over time\">\n");
    // Axes and their labels.
    absl::StrAppend(&charts, "<line class=\"axis\" x1=\"", kLeft, "\" y1=\"", Num(y(0)),
                    "\" x2=\"", kW - kRight, "\" y2=\"", Num(y(0)), "\"/>");
    absl::StrAppend(&charts, "<line class=\"axis\" x1=\"", kLeft, "\" y1=\"", kTop, "\" x2=\"",
                    kLeft, "\" y2=\"", Num(y(0)), "\"/>\n");
    absl::StrAppend(&charts, "<text x=\"", kLeft - 4, "\" y=\"", Num(y(top) + 4),
                    "\" text-anchor=\"end\">", FormatNumber(top), "</text>");
    absl::StrAppend(&charts, "<text x=\"", kLeft - 4, "\" y=\"", Num(y(0) + 4),
                    "\" text-anchor=\"end\">0</text>\n");
    for (int64_t d : {d0, d1}) {
      absl::StrAppend(&charts, "<text x=\"", Num(x(d)), "\" y=\"", Num(kH - kBottom + 16),
                      "\" text-anchor=\"", d == d0 ? "start" : "end", "\">",
                      FormatDayRange({d, d}), "</text>");
    }
    // One line per outlet.
    size_t s = 0;
    double legend_x = kLeft;
    for (auto& [outlet, points] : series) {
      std::sort(points.begin(), points.end());
      const std::string cls = absl::StrCat("s", s % kChartSeries);
      std::string d;
      for (const auto& [day, v] : points) {
        absl::StrAppend(&d, d.empty() ? "M" : " L", Num(x(day)), " ", Num(y(v)));
      }
      absl::StrAppend(&charts, "<path class=\"line ", cls, "\" d=\"", d, "\"/>");
      for (const auto& [day, v] : points) {
        absl::StrAppend(&charts, "<circle class=\"", cls, "\" cx=\"", Num(x(day)), "\" cy=\"",
                        Num(y(v)), "\" r=\"3.5\"><title>");
        Put(&charts, ctx.outlets[outlet]);
        absl::StrAppend(&charts, ": ", FormatNumber(v), " (", FormatDayRange({day, day}),
                        ")</title></circle>");
      }
      absl::StrAppend(&charts, "<text class=\"", cls, "\" x=\"", Num(legend_x), "\" y=\"",
                      Num(kH - 6), "\">");
      Put(&charts, ctx.outlets[outlet]);
      charts.append("</text>\n");
      legend_x += std::min(140.0, 8.0 * static_cast<double>(ctx.outlets[outlet].size()) / 2 + 30);
      ++s;
    }
    charts.append("</svg></figure>\n");
  }
  out->append("<section id=\"charts\"><h2>Figures over time</h2>\n");
  if (drawn == 0) {
    out->append("<p class=\"muted\">No figure was reported on two or more days.</p>\n");
  } else {
    out->append("<div class=\"charts\">\n");
    out->append(charts);
    out->append("</div>\n");
  }
  out->append("</section>\n");
  return drawn;
}

void AppendDocuments(const HtmlContext& ctx, std::string* out) {
  const std::vector<Document>& docs = *ctx.report.documents;
  const std::vector<Claim>& claims = *ctx.report.claims;
  std::vector<std::vector<size_t>> by_doc(docs.size());
  for (size_t i = 0; i < claims.size(); ++i) {
    if (claims[i].document_index < docs.size()) by_doc[claims[i].document_index].push_back(i);
  }
  out->append("<section id=\"documents\"><h2>Documents</h2>\n");
  for (size_t d = 0; d < docs.size(); ++d) {
    const Document& doc = docs[d];
    const std::string lang = LangAttr(doc);
    absl::StrAppend(out, "<details class=\"doc\" id=\"", DocAnchor(d), "\"><summary><b", lang, ">");
    Put(out, doc.title.empty() ? std::string_view("(untitled)") : std::string_view(doc.title));
    out->append("</b> · ");
    Put(out, OutletLabel(doc));
    if (doc.published) {
      out->append(" · ");
      Put(out, FormatIsoDate(*doc.published));
    }
    absl::StrAppend(out, " · ", by_doc[d].size(), by_doc[d].size() == 1 ? " claim" : " claims",
                    " · <span class=\"muted\">");
    Put(out, doc.path);
    absl::StrAppend(out, "</span></summary>\n<div class=\"doc-text\"", lang, ">");
    // Marks in text order; a claim overlapping an earlier mark gets an
    // anchor right after that mark instead of a mark of its own.
    std::vector<size_t> order = by_doc[d];
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return claims[a].evidence.span.begin < claims[b].evidence.span.begin;
    });
    size_t pos = 0;
    std::vector<size_t> pending_anchors;
    auto flush_anchors = [&] {
      for (size_t i : pending_anchors) {
        absl::StrAppend(out, "<span class=\"claim-anchor\" id=\"", ClaimAnchor(i), "\"></span>");
      }
      pending_anchors.clear();
    };
    for (size_t i : order) {
      const Span span = claims[i].evidence.span;
      if (span.empty() || span.end > doc.text.size() || span.begin < pos) {
        pending_anchors.push_back(i);
        continue;
      }
      Put(out, std::string_view(doc.text).substr(pos, span.begin - pos));
      flush_anchors();
      absl::StrAppend(out, "<mark class=\"claim-mark\" id=\"", ClaimAnchor(i), "\" title=\"");
      Put(out, absl::StrCat(claims[i].kind, " ", claims[i].subject, ": ",
                            ClaimValueSummary(claims[i]), " (", std::string(ModalityName(claims[i].modality)),
                            ", rule ", claims[i].rule, ")"));
      out->append("\">");
      Put(out, std::string_view(doc.text).substr(span.begin, span.size()));
      out->append("</mark>");
      pos = span.end;
    }
    flush_anchors();
    Put(out, std::string_view(doc.text).substr(std::min(pos, doc.text.size())));
    out->append("</div></details>\n");
  }
  out->append("</section>\n");
}

}  // namespace sangati
