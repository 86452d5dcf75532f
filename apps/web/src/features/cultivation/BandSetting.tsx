import { SettingOutlined } from '@ant-design/icons';
import type { TBand } from '@gongyeyun/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { cultivationApi } from '../../api/cultivation-api';
import { useCultivationI18n } from '../../i18n/cultivation-i18n';
import { useShowError } from '../../shared/use-show-error';

interface BandForm {
  lower: number;
  upper: number;
}

/** The seed bank's band (shares of the threshold), shown and set in per cent. */
export function BandSetting() {
  const { t } = useCultivationI18n();
  const c = t.cultivation;
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<SettingOutlined />} onClick={() => setOpen(true)} data-testid="band-open">
        {c.band}
      </Button>
      {open && <BandModal onClose={() => setOpen(false)} />}
    </>
  );
}

function BandModal({ onClose }: { onClose: () => void }) {
  const { t } = useCultivationI18n();
  const c = t.cultivation;
  const [form] = Form.useForm<BandForm>();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const band = useQuery({
    queryKey: ['cultivation', 'band'],
    queryFn: ({ signal }) => cultivationApi.band(signal),
  });
  const save = useMutation({
    mutationFn: (v: BandForm): Promise<TBand> =>
      cultivationApi.putBand({ lower: v.lower / 100, upper: v.upper / 100 }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['cultivation'] });
      onClose();
    },
    onError: (error) => showError(error, form),
  });
  const percent = (share: number) => Math.round(share * 1000) / 10;
  return (
    <Modal
      open
      title={c.bandTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={{ id: 'band-ok', disabled: !band.data }}
    >
      <Typography.Paragraph type="secondary">{c.bandHelp}</Typography.Paragraph>
      {band.data && (
        <Form
          form={form}
          layout="inline"
          initialValues={{ lower: percent(band.data.lower), upper: percent(band.data.upper) }}
          onFinish={(v) => save.mutate(v)}
        >
          <Form.Item name="lower" label={c.bandLower} rules={[{ required: true }]}>
            <InputNumber min={1} max={99} step={5} data-testid="band-lower" />
          </Form.Item>
          <Form.Item name="upper" label={c.bandUpper} rules={[{ required: true }]}>
            <InputNumber min={2} max={100} step={5} data-testid="band-upper" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
