#include "web/backoffice/outcome_chart.hpp"

#include <algorithm>
#include <array>

#include "core/text.hpp"

namespace motcua::web::backoffice {
namespace {

constexpr int kLabelWidth = 260;
constexpr int kBarWidth = 480;
constexpr int kRowHeight = 28;
constexpr int kLegendHeight = 30;

struct Segment {
  const char* key;  // catalog key of its legend
  const char* colour;
  long long core::OutcomeCounts::*count;
};

// Colours distinguishable in grey too (light → dark), with contrast against white text-free bars.
constexpr std::array<Segment, 5> kSegments{{
    {"bo.chart.early", "#1a7f37", &core::OutcomeCounts::early},
    {"bo.chart.on_time", "#4f9a63", &core::OutcomeCounts::on_time},
    {"bo.chart.late", "#b50909", &core::OutcomeCounts::late},
    {"bo.chart.in_time", "#5b7fa6", &core::OutcomeCounts::in_time},
    {"bo.chart.overdue", "#e59c00", &core::OutcomeCounts::overdue},
}};

std::string rect(int x, int y, int width, int height, const std::string& fill,
                 const std::string& title) {
  return "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" width=\"" +
         std::to_string(width) + "\" height=\"" + std::to_string(height) + "\" fill=\"" + fill +
         "\"><title>" + core::html_escape(title) + "</title></rect>";
}

std::string text(int x, int y, const std::string& content) {
  return "<text x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" font-size=\"13\">" +
         core::html_escape(content) + "</text>";
}

}  // namespace

std::string outcome_chart_svg(const views::Translations& translations, const std::string& lang,
                              const std::vector<app::DashboardRow>& rows) {
  long long largest = 1;
  for (const auto& row : rows) largest = std::max(largest, row.counts.received);
  const int height = kLegendHeight + static_cast<int>(rows.size()) * kRowHeight + 8;
  const int width = kLabelWidth + kBarWidth + 60;
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
                    std::to_string(width) + " " + std::to_string(height) +
                    "\" role=\"img\" aria-labelledby=\"chart-title\"><title id=\"chart-title\">" +
                    core::html_escape(translations.text(lang, "bo.chart.title")) + "</title>";
  int legend_x = 0;
  for (const auto& segment : kSegments) {
    const auto label = translations.text(lang, segment.key);
    svg += rect(legend_x, 6, 14, 14, segment.colour, label) + text(legend_x + 18, 18, label);
    legend_x += 30 + static_cast<int>(label.size()) * 6;
  }
  int y = kLegendHeight;
  for (const auto& row : rows) {
    svg += text(0, y + 18, row.label.size() > 40 ? row.label.substr(0, 40) + "…" : row.label);
    int x = kLabelWidth;
    for (const auto& segment : kSegments) {
      const auto count = row.counts.*segment.count;
      if (count == 0) continue;
      const int w = static_cast<int>(count * kBarWidth / largest);
      svg += rect(
          x, y + 4, std::max(w, 2), kRowHeight - 8, segment.colour,
          row.label + " – " + translations.text(lang, segment.key) + ": " + std::to_string(count));
      x += std::max(w, 2);
    }
    svg += text(x + 6, y + 18, std::to_string(row.counts.received));
    y += kRowHeight;
  }
  return svg + "</svg>";
}

}  // namespace motcua::web::backoffice
