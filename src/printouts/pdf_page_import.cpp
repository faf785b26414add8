#include "printouts/pdf_page_import.hpp"

#include <map>
#include <memory>

namespace motcua::printouts {
namespace {

using namespace PoDoFo;

class ObjectCopier {
 public:
  ObjectCopier(PdfVecObjects& target, PdfVecObjects& source) : target_(target), source_(source) {}

  PdfObject copy(const PdfObject& value) {
    if (value.IsReference()) return copy_target(value.GetReference());
    if (value.IsDictionary()) {
      PdfDictionary dictionary;
      for (const auto& [key, entry] : value.GetDictionary().GetKeys())
        dictionary.AddKey(key, copy(*entry));
      return PdfObject(dictionary);
    }
    if (value.IsArray()) {
      PdfArray array;
      for (const auto& entry : value.GetArray()) array.push_back(copy(entry));
      return PdfObject(array);
    }
    return value;
  }

 private:
  // Dictionaries and streams stay indirect objects; anything else an indirect reference points
  // at (lengths, width arrays) is copied in place, where PDF allows it as well.
  PdfObject copy_target(const PdfReference& reference) {
    const PdfObject* original = source_.GetObject(reference);
    if (original == nullptr) return PdfObject();  // a dangling reference reads as null
    if (!original->IsDictionary()) return copy(*original);
    return PdfObject(copy_indirect(reference, *original));
  }

  // Resources hold no cycles back to the page, so children are copied before their parent. Keys
  // are added one by one: podofo writes a new object into an update only once it was modified.
  PdfReference copy_indirect(const PdfReference& reference, const PdfObject& original) {
    if (const auto done = copied_.find(reference); done != copied_.end()) return done->second;
    PdfObject* copy_object = target_.CreateObject();
    const bool stream = original.HasStream();
    for (const auto& [key, entry] : original.GetDictionary().GetKeys()) {
      if (stream && key == PdfName::KeyLength) continue;  // written again with the stream
      copy_object->GetDictionary().AddKey(key, copy(*entry));
    }
    if (stream) copy_stream(original, *copy_object);
    copied_.emplace(reference, copy_object->Reference());
    return copy_object->Reference();
  }

  static void copy_stream(const PdfObject& original, PdfObject& copy_object) {
    char* raw = nullptr;
    pdf_long length = 0;
    original.GetStream()->GetCopy(&raw, &length);
    std::unique_ptr<char, decltype(&podofo_free)> owned(raw, podofo_free);
    PdfMemoryInputStream input(raw, length);
    copy_object.GetStream()->SetRawData(&input, length);
  }

  PdfVecObjects& target_;
  PdfVecObjects& source_;
  std::map<PdfReference, PdfReference> copied_;
};

}  // namespace

PdfObject* import_first_page(PdfMemDocument& target, PdfMemDocument& source) {
  PdfPage* page = source.GetPage(0);
  const auto box = page->GetMediaBox();
  PdfObject* xobject = target.GetObjects().CreateObject("XObject");
  auto& dictionary = xobject->GetDictionary();
  dictionary.AddKey(PdfName("Subtype"), PdfName("Form"));
  PdfVariant bbox;
  PdfRect(0, 0, box.GetWidth(), box.GetHeight()).ToVariant(bbox);
  dictionary.AddKey(PdfName("BBox"), bbox);
  ObjectCopier copier(target.GetObjects(), source.GetObjects());
  if (const auto* resources = page->GetResources())
    dictionary.AddKey(PdfName("Resources"), copier.copy(*resources));
  char* content = nullptr;
  pdf_long length = 0;
  page->GetContents()->GetStream()->GetFilteredCopy(&content, &length);
  std::unique_ptr<char, decltype(&podofo_free)> owned(content, podofo_free);
  xobject->GetStream()->Set(content, length);
  return xobject;
}

}  // namespace motcua::printouts
