#include "core/service_indices.hpp"

#include <cmath>
#include <tuple>
#include <utility>

namespace motcua::core {
namespace {

constexpr double kExcellent = 90;
constexpr double kGood = 75;
constexpr double kFair = 50;
constexpr double kAverage = 30;

std::pair<long long, long long> measure(IndexGroup group, const OutcomeCounts& c) {
  switch (group) {
    case IndexGroup::disclosure:
      return {c.synced, c.received};
    case IndexGroup::progress:
      return {c.early + c.on_time + c.in_time, c.resolved() + c.in_time + c.overdue};
    case IndexGroup::online_service:
      return {c.online, c.received};
    case IndexGroup::online_payment:
      return {c.paid_online, c.payment_requested};
    case IndexGroup::satisfaction:
      return {c.satisfied, c.rated};
    case IndexGroup::digitisation:
      break;
  }
  return {c.digitised + c.electronic_results, c.received + c.resolved()};
}

double rounded(double value) { return std::round(value * 100) / 100; }

}  // namespace

std::string_view index_group_name(IndexGroup group) {
  switch (group) {
    case IndexGroup::disclosure:
      return "disclosure";
    case IndexGroup::progress:
      return "progress";
    case IndexGroup::online_service:
      return "online_service";
    case IndexGroup::online_payment:
      return "online_payment";
    case IndexGroup::satisfaction:
      return "satisfaction";
    case IndexGroup::digitisation:
      break;
  }
  return "digitisation";
}

std::string_view index_band_name(IndexBand band) {
  switch (band) {
    case IndexBand::excellent:
      return "excellent";
    case IndexBand::good:
      return "good";
    case IndexBand::fair:
      return "fair";
    case IndexBand::average:
      return "average";
    case IndexBand::weak:
      break;
  }
  return "weak";
}

IndexBand index_band(double total) {
  if (total >= kExcellent) return IndexBand::excellent;
  if (total >= kGood) return IndexBand::good;
  if (total >= kFair) return IndexBand::fair;
  if (total >= kAverage) return IndexBand::average;
  return IndexBand::weak;
}

ServiceIndices service_indices(const OutcomeCounts& counts, const IndexPoints& points) {
  ServiceIndices indices;
  double total = 0;
  for (std::size_t i = 0; i < kIndexGroupCount; ++i) {
    auto& score = indices.groups[i];
    score.group = kIndexGroups[i];
    score.points = points[i];
    std::tie(score.met, score.measured) = measure(score.group, counts);
    const double share = score.measured > 0
                             ? static_cast<double>(score.met) / static_cast<double>(score.measured)
                             : 1.0;
    score.score = rounded(points[i] * share);
    total += points[i] * share;
  }
  indices.total = rounded(total);
  indices.band = index_band(indices.total);
  return indices;
}

}  // namespace motcua::core
