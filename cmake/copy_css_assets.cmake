# Copies the files the compiled stylesheet refers to (url("../fonts/…"), url("../img/…")) beside
# it: fonts from @fontsource/public-sans, images from the USWDS distribution. Copying only what the
# CSS names keeps the served set, and the memory the server holds it in, small.
# cmake -DCSS=<site.css> -DOUT=<static dir> -DUSWDS=<uswds dist> -DFONTS=<fontsource files> -P …
file(READ ${CSS} css)
string(REGEX MATCHALL "url\\(\"?\\.\\./(fonts|img)/[^\")]+" references "${css}")
list(REMOVE_DUPLICATES references)
foreach(reference IN LISTS references)
  string(REGEX REPLACE "^url\\(\"?\\.\\./" "" relative "${reference}")
  if(relative MATCHES "^fonts/(.*)$")
    set(source ${FONTS}/${CMAKE_MATCH_1})
  else()
    set(source ${USWDS}/${relative})
  endif()
  if(NOT EXISTS ${source})
    message(FATAL_ERROR "site.css refers to ${relative}, but ${source} does not exist")
  endif()
  get_filename_component(folder ${OUT}/${relative} DIRECTORY)
  file(MAKE_DIRECTORY ${folder})
  file(COPY_FILE ${source} ${OUT}/${relative} ONLY_IF_DIFFERENT)
endforeach()
