import { Flex, Spin } from 'antd';

/** Shown while a screen or its code loads. */
export function PageSpin({ isFullPage = false }: { isFullPage?: boolean }) {
  return (
    <Flex align="center" justify="center" style={{ minHeight: isFullPage ? '100vh' : 240 }}>
      <Spin size="large" />
    </Flex>
  );
}
