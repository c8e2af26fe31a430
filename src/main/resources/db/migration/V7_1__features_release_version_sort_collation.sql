-- version_sort must be ordered byte by byte (see ReleaseService.sortKey). Under a language collation
-- (ICU, or glibc's en_US.UTF-8 common in production) digits, letters and punctuation compare by language
-- rules instead: with und-x-icu, 1.0.0-1a sorts before 1.0.0-2 and 1.0.0-alpha before 1.0.0-Beta.
-- Changing the collation rebuilds release_version_sort_idx with it.
alter table release alter column version_sort type varchar(200) collate "C";
