#include "web/pages/dossier_views.hpp"

#include <gtest/gtest.h>

#include "web_test_support.hpp"

namespace motcua::web {
namespace {

using nlohmann::json;

core::DossierEvent event(const std::string& action, core::Status from, core::Status to,
                         const std::string& comment, const std::string& payload = "{}") {
  core::DossierEvent e;
  e.at = core::Instant{std::chrono::seconds{1795000000}};
  e.actor = "chuyenvien";
  e.action = action;
  e.from = from;
  e.to = to;
  e.comment = comment;
  e.payload = payload;
  return e;
}

TEST(StatusView, LabelsInTheReadersLanguage) {
  const auto& tr = testing::translations();
  EXPECT_EQ(status_view(tr, "vi", core::Status::returned)["label"], "Đã trả kết quả");
  EXPECT_EQ(status_view(tr, "en", core::Status::returned)["label"], "Result returned");
  EXPECT_EQ(status_view(tr, "vi", core::Status::returned)["code"], 10);
}

TEST(HistoryView, CitizensSeeNoOfficialsNorInternalNotes) {
  using core::Status;
  const std::vector<core::DossierEvent> events{
      event("forward", Status::received, Status::processing, "Anh xem giúp",
            R"({"to_user":"chuyenvien"})"),
      event("request-supplement", Status::processing, Status::supplement_requested,
            "Thiếu tờ khai")};
  const auto& tr = testing::translations();
  const auto citizen = history_view(tr, "vi", events, {});
  EXPECT_FALSE(citizen[0].contains("actor"));
  EXPECT_FALSE(citizen[0].contains("comment"));
  EXPECT_FALSE(citizen[0].contains("target"));
  EXPECT_EQ(citizen[1]["comment"], "Thiếu tờ khai");
  const auto official = history_view(tr, "vi", events, {true, true});
  EXPECT_EQ(official[0]["actor"], "chuyenvien");
  EXPECT_EQ(official[0]["comment"], "Anh xem giúp");
  EXPECT_EQ(official[0]["target"], "chuyenvien");
  EXPECT_EQ(official[0]["action"], "Chuyển xử lý");
  const auto html = testing::renderer().render("vi", "shared/history", {{"history", citizen}});
  EXPECT_EQ(html.find("chuyenvien"), std::string::npos);
}

TEST(SupplementRequest, LatestRequestsComponentsAndReason) {
  using core::Status;
  const std::vector<core::DossierEvent> events{
      event("request-supplement", Status::processing, Status::supplement_requested, "Cũ",
            R"({"components":["a"]})"),
      event("answer-supplement", Status::supplement_requested, Status::processing, ""),
      event("request-supplement", Status::processing, Status::supplement_requested, "Mới",
            R"({"components":["b","c"]})")};
  EXPECT_EQ(requested_components(events), (std::vector<std::string>{"b", "c"}));
  EXPECT_EQ(supplement_reason(events), "Mới");
  EXPECT_TRUE(requested_components({}).empty());
}

TEST(FormDataView, ShowsOptionLabelsAndRows) {
  core::FormField sex{"gioi_tinh", "Giới tính", core::FieldType::select, false, {{"nu", "Nữ"}}};
  core::FormField agree{"dong_y", "Cam đoan", core::FieldType::checkbox};
  core::FormField kids{"con", "Con", core::FieldType::rows};
  kids.columns = {{"ten", "Tên"}};
  const auto view =
      form_data_view(testing::translations(), "vi", {sex, agree, kids},
                     {{"gioi_tinh", "nu"}, {"dong_y", true}, {"con", {{{"ten", "Na"}}}}});
  EXPECT_EQ(view[0]["text"], "Nữ");
  EXPECT_EQ(view[1]["text"], "Có");
  EXPECT_EQ(view[2]["table"]["rows"][0]["cells"][0]["text"], "Na");
}

}  // namespace
}  // namespace motcua::web
