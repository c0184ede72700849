/** A persona's avatar: a small image (data: URL) or an emoji / initials on the persona's colour. */
export function Avatar({ avatar, name, size = 40 }: { avatar: string; name: string; size?: number }) {
  if (avatar.startsWith('data:image/')) {
    return <img className="avatar" src={avatar} alt={name} width={size} height={size} />;
  }
  return (
    <span
      className="avatar"
      role="img"
      aria-label={name}
      style={{ width: size, height: size, fontSize: size * 0.55 }}
    >
      {avatar || name.slice(0, 1).toUpperCase()}
    </span>
  );
}
