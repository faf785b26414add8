#include "web/http/multipart.hpp"

#include <gtest/gtest.h>

namespace motcua::web {
namespace {

constexpr const char* kType = "multipart/form-data; boundary=----b0undary";

std::string two_files_body() {
  return std::string(
             "preamble is ignored\r\n"
             "------b0undary\r\n"
             "Content-Disposition: form-data; name=\"_csrf\"\r\n"
             "\r\n"
             "tok123\r\n"
             "------b0undary\r\n"
             "Content-Disposition: form-data; name=\"files\"; "
             "filename=\"C:\\\\Users\\\\an\\\\don.pdf\"\r\n"
             "Content-Type: application/pdf\r\n"
             "\r\n") +
         std::string("%PDF-1.7\r\nbinary\0data", 21) +
         "\r\n"
         "------b0undary\r\n"
         "content-disposition: form-data; name=\"files\"; filename=\"x.jpg\"; "
         "filename*=UTF-8''%E1%BA%A2nh%20ch%E1%BB%A5p.jpg\r\n"
         "content-type: image/jpeg\r\n"
         "\r\n"
         "\xFF\xD8\xFF\r\n"
         "------b0undary\r\n"
         "Content-Disposition: form-data; name=\"note\"\r\n"
         "\r\n"
         "Ghi chú\r\n"
         "------b0undary--\r\n"
         "epilogue";
}

TEST(Multipart, ParsesFieldsAndTwoFiles) {
  const std::string body = two_files_body();
  const auto result = parse_multipart(kType, body);
  ASSERT_TRUE(result.ok()) << result.error;
  const auto& form = *result.form;
  EXPECT_EQ(form.value("_csrf"), "tok123");
  EXPECT_EQ(form.value("note"), "Ghi chú");
  const auto files = form.files_of("files");
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0]->filename, "don.pdf");
  EXPECT_EQ(files[0]->content_type, "application/pdf");
  EXPECT_EQ(files[0]->data, std::string("%PDF-1.7\r\nbinary\0data", 21));
  EXPECT_EQ(files[1]->filename, "Ảnh chụp.jpg");  // filename* wins (RFC 5987)
  EXPECT_EQ(files[1]->data, "\xFF\xD8\xFF");
  EXPECT_EQ(form.file("files"), files[0]);
  EXPECT_EQ(form.file("other"), nullptr);
}

TEST(Multipart, QuotedBoundaryAndEmptyFileInput) {
  const std::string body =
      "--a b:c\r\n"
      "Content-Disposition: form-data; name=\"attachment\"; filename=\"\"\r\n"
      "Content-Type: application/octet-stream\r\n\r\n"
      "\r\n"
      "--a b:c\r\n"
      "Content-Disposition: form-data; name=\"empty\"\r\n\r\n"
      "\r\n"
      "--a b:c--";
  const auto result = parse_multipart("multipart/form-data; boundary=\"a b:c\"", body);
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_TRUE(result.form->files.empty());  // no file chosen
  EXPECT_EQ(result.form->value("empty"), "");
}

TEST(Multipart, Latin1ExtendedFilename) {
  const std::string body =
      "--b\r\nContent-Disposition: form-data; name=\"f\"; filename*=iso-8859-1'en'caf%E9.txt\r\n"
      "\r\nx\r\n--b--\r\n";
  const auto result = parse_multipart("multipart/form-data; boundary=b", body);
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_EQ(result.form->files.at(0).filename, "café.txt");
}

struct Malformed {
  const char* name;
  std::string content_type;
  std::string body;
};

class MultipartMalformed : public ::testing::TestWithParam<Malformed> {};

TEST_P(MultipartMalformed, IsAnErrorNotACrash) {
  const auto& param = GetParam();
  const auto result = parse_multipart(param.content_type, param.body);
  EXPECT_FALSE(result.ok());
  EXPECT_FALSE(result.error.empty());
}

const std::string kPart = "Content-Disposition: form-data; name=\"a\"\r\n\r\nvalue";

INSTANTIATE_TEST_SUITE_P(
    Bodies, MultipartMalformed,
    ::testing::Values(
        Malformed{"missing_boundary", "multipart/form-data", "--b\r\n" + kPart + "\r\n--b--"},
        Malformed{"not_multipart", "text/plain; boundary=b", "--b\r\n" + kPart + "\r\n--b--"},
        Malformed{"boundary_too_long", "multipart/form-data; boundary=" + std::string(71, 'x'), ""},
        Malformed{"unterminated_quote", "multipart/form-data; boundary=\"b", ""},
        Malformed{"no_opening", "multipart/form-data; boundary=b", "nothing here"},
        Malformed{"no_closing", "multipart/form-data; boundary=b", "--b\r\n" + kPart},
        Malformed{"no_closing_after_part", "multipart/form-data; boundary=b",
                  "--b\r\n" + kPart + "\r\n--b\r\n"},
        Malformed{"header_without_colon", "multipart/form-data; boundary=b",
                  "--b\r\nContent-Disposition form-data\r\n\r\nv\r\n--b--"},
        Malformed{"folded_header", "multipart/form-data; boundary=b",
                  "--b\r\nContent-Disposition: form-data;\r\n name=\"a\"\r\n\r\nv\r\n--b--"},
        Malformed{"no_disposition", "multipart/form-data; boundary=b",
                  "--b\r\nContent-Type: text/plain\r\n\r\nv\r\n--b--"},
        Malformed{"no_name", "multipart/form-data; boundary=b",
                  "--b\r\nContent-Disposition: form-data\r\n\r\nv\r\n--b--"},
        Malformed{"not_form_data", "multipart/form-data; boundary=b",
                  "--b\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nv\r\n--b--"},
        Malformed{"unterminated_headers", "multipart/form-data; boundary=b",
                  "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n"},
        Malformed{"garbage_after_delimiter", "multipart/form-data; boundary=b",
                  "--bXYZ\r\n" + kPart + "\r\n--b--"},
        Malformed{"field_not_utf8", "multipart/form-data; boundary=b",
                  "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n\xC3\x28\r\n--b--"},
        Malformed{"bad_ext_filename", "multipart/form-data; boundary=b",
                  "--b\r\nContent-Disposition: form-data; name=\"a\"; filename*=UTF-8''%zz\r\n\r\n"
                  "v\r\n--b--"},
        Malformed{"empty_body", "multipart/form-data; boundary=b", ""}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Multipart, TooManyParts) {
  std::string body;
  for (int i = 0; i < 5; ++i) body += "--b\r\n" + kPart + "\r\n";
  body += "--b--";
  MultipartLimits limits;
  limits.max_parts = 4;
  EXPECT_FALSE(parse_multipart("multipart/form-data; boundary=b", body, limits).ok());
  limits.max_parts = 5;
  EXPECT_TRUE(parse_multipart("multipart/form-data; boundary=b", body, limits).ok());
}

TEST(Urlencoded, ParsesFormPosts) {
  const auto result =
      parse_urlencoded("_csrf=t0k&ho_ten=Nguy%E1%BB%85n+V%C4%83n+A&roles=a&roles=b");
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.form->value("ho_ten"), "Nguyễn Văn A");
  EXPECT_EQ(result.form->values("roles"), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(result.form->value_or("missing", "-"), "-");
  EXPECT_FALSE(parse_urlencoded("a=%G0").ok());
}

TEST(ParseForm, ChoosesByContentType) {
  Request request;
  request.headers = {{"content-type", "application/x-www-form-urlencoded; charset=UTF-8"}};
  request.body = "a=1";
  EXPECT_EQ(parse_form(request).form->value("a"), "1");
  request.headers = {{"content-type", "multipart/form-data; boundary=b"}};
  request.body = "--b\r\n" + kPart + "\r\n--b--";
  EXPECT_EQ(parse_form(request).form->value("a"), "value");
  request.headers = {{"content-type", "application/json"}};
  EXPECT_FALSE(parse_form(request).ok());
  request.headers.clear();
  EXPECT_FALSE(parse_form(request).ok());
}

TEST(ExtValue, Decodes) {
  EXPECT_EQ(decode_ext_value("UTF-8''%C4%91%C6%A1n.pdf"), "đơn.pdf");
  EXPECT_EQ(decode_ext_value("utf-8'vi'a"), "a");
  EXPECT_FALSE(decode_ext_value("no-quotes"));
  EXPECT_FALSE(decode_ext_value("koi8-r''x"));
}

}  // namespace
}  // namespace motcua::web
