-- Text.fold now spells out letters that are no base letter plus a mark, so that accent removal
-- left them as they were: the Turkish dotless ı (Yıldız), the Polish ł (Łukasz), ø, đ, æ and œ.
-- The stored keys of customers with such names are written again the way fold writes them now,
-- or "yildiz" would not find Yıldız. A stored key is folded text already, so replacing the letter
-- is the whole change. A tag key is changed only where that does not make it another tag's key.
UPDATE customer SET
    search_text = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(search_text,
        'ı', 'i'), 'ł', 'l'), 'ø', 'o'), 'đ', 'd'), 'æ', 'ae'), 'œ', 'oe'),
    name_key = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(name_key,
        'ı', 'i'), 'ł', 'l'), 'ø', 'o'), 'đ', 'd'), 'æ', 'ae'), 'œ', 'oe'),
    sort_name = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(sort_name,
        'ı', 'i'), 'ł', 'l'), 'ø', 'o'), 'đ', 'd'), 'æ', 'ae'), 'œ', 'oe')
WHERE search_text LIKE '%ı%' OR search_text LIKE '%ł%' OR search_text LIKE '%ø%'
   OR search_text LIKE '%đ%' OR search_text LIKE '%æ%' OR search_text LIKE '%œ%';

UPDATE tag SET
    name_key = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(name_key,
        'ı', 'i'), 'ł', 'l'), 'ø', 'o'), 'đ', 'd'), 'æ', 'ae'), 'œ', 'oe')
WHERE (name_key LIKE '%ı%' OR name_key LIKE '%ł%' OR name_key LIKE '%ø%'
       OR name_key LIKE '%đ%' OR name_key LIKE '%æ%' OR name_key LIKE '%œ%')
  AND NOT EXISTS (SELECT 1 FROM tag other WHERE other.name_key = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(
        REPLACE(tag.name_key, 'ı', 'i'), 'ł', 'l'), 'ø', 'o'), 'đ', 'd'), 'æ', 'ae'), 'œ', 'oe'));
